#pragma once

#include <QDate>

class QTextDocument;

namespace careerplanner {

class PlanSession;

// The plan as a printable report: profile and where the user stands, the path with its
// timeline, the salary bands of their ladder, the pay projection, milestones, goals and
// story coverage. Each section starts a page; charts are drawn into the document as images.
class ReportDocument
{
public:
    // Section headings, in order, for the reader and for tests of the printed pages.
    static QStringList sectionTitles();
    // A new document (the caller owns it), its page size still unset, so that printing it
    // paginates and numbers the pages.
    static QTextDocument *build(const PlanSession &session, const QDate &today);
};

} // namespace careerplanner
