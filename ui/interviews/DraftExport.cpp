#include "ui/interviews/DraftExport.h"

#include "core/storage/OutputFile.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace careerplanner {

QString DraftExport::plainText(const WritingDraft &draft)
{
    QString body = draft.body;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return draft.title + QStringLiteral("\n\n") + body;
}

bool DraftExport::writeText(const WritingDraft &draft, const QString &path, const QString &planPath, QString *error)
{
    return OutputFile::write(path, plainText(draft).toUtf8(), planPath, error);
}

bool DraftExport::writePdf(const WritingDraft &draft, const QString &path, const QString &planPath, QString *error)
{
    OutputFile file(path, planPath);
    if (!file.open(error))
        return false;
    QTextDocument document;
    document.setMetaInformation(QTextDocument::DocumentTitle, draft.title);
    QString html = QStringLiteral("<h2>%1</h2>").arg(draft.title.toHtmlEscaped());
    for (const QString &paragraph : draft.body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>")
                    .arg(paragraph.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    document.setHtml(html);
    {
        QPdfWriter writer(file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(draft.title);
        writer.setCreator(QCoreApplication::applicationName());
        document.print(&writer);
    }
    return file.commit(error);
}

} // namespace careerplanner
