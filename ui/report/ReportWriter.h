#pragma once

#include <QDate>
#include <QString>

class QPrinter;
class QTextDocument;
class QTextStream;

namespace careerplanner {

class PlanSession;
struct PromotionCase;

// Puts the plan's report on paper: a PDF file (A4, numbered pages) or a printer.
class ReportWriter
{
public:
    // Written beside the target and renamed into place: a failed report leaves no half file.
    static bool writePdf(const PlanSession &session, const QString &path, const QDate &today, QString *error);
    // The promotion case alone, as --promotion-case and the Promotion case page write it.
    static bool writeCasePdf(const PlanSession &session, const PromotionCase &promotionCase, const QString &path,
                             QString *error);
    static void print(const PlanSession &session, QPrinter *printer, const QDate &today);
    // careerplanner --report FILE --output OUT.pdf: the plan opened read-only, today's report.
    static int runCommand(const QString &planFile, const QString &output, QTextStream &err);

private:
    static bool writeDocument(QTextDocument *document, const QString &planPath, const QString &path, QString *error);
};

} // namespace careerplanner
