#include "ui/report/ReportHtml.h"

#include "core/base/DisplayText.h"

#include <QLocale>

namespace careerplanner {

QString ReportHtml::esc(const QString &text)
{
    return DisplayText::shortened(text).toHtmlEscaped();
}

QString ReportHtml::dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("—");
}

QString ReportHtml::heading(const QString &title, bool newPage)
{
    return QStringLiteral("<h2%1>%2</h2>")
        .arg(newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString(), esc(title));
}

QString ReportHtml::paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString ReportHtml::table(const QStringList &headers, const QList<QStringList> &rows, int firstWidth)
{
    // The header row is a <thead>: a table that runs onto another page repeats it there.
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width = i == 0 && firstWidth > 0 ? QStringLiteral(" width=\"%1%\"").arg(firstWidth) : QString();
        html += QStringLiteral("<th align=\"left\"%1>%2</th>").arg(width, esc(headers.at(i)));
    }
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace careerplanner
