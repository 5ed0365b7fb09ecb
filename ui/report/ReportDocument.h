#pragma once

#include <QDate>

class QPagedPaintDevice;
class QTextDocument;

namespace careerplanner {

class PlanSession;

// The plan as a printable report: profile and where the user stands, the path with its
// timeline, the salary bands of their ladder, the pay projection, market pay, milestones,
// goals and story coverage. Each section starts a page; charts are drawn into the document as images.
class ReportDocument
{
public:
    // Section headings, in order, for the reader and for tests of the printed pages.
    static QStringList sectionTitles();
    // A new document (the caller owns it), its page size still unset, so that printing it
    // paginates and numbers the pages.
    static QTextDocument *build(const PlanSession &session, const QDate &today);
    // Narrows the charts of document to the width print() gives the text on device (its
    // paint area less the 2 cm margins print() adds), keeping their proportions, so that a
    // small page shrinks a chart rather than cutting its labels off at the margin.
    static void fitChartsTo(QTextDocument *document, const QPagedPaintDevice &device);
};

} // namespace careerplanner
