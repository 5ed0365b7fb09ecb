#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace careerplanner {

// The pieces the report's sections are written in: every text of the plan escaped (and
// shortened if very long), headings that may start a page, and tables whose header row is
// repeated on each page they run onto.
class ReportHtml
{
public:
    static QString esc(const QString &text);
    static QString dateText(const QDate &date); // "—" without one
    static QString heading(const QString &title, bool newPage);
    static QString paragraph(const QString &text); // the app's own words, never shortened
    // firstWidth: the share of the width, in percent, kept for the first column; 0 to let the
    // layout choose (long titles beside many figures would otherwise wrap a word a line).
    static QString table(const QStringList &headers, const QList<QStringList> &rows, int firstWidth = 0);
};

} // namespace careerplanner
