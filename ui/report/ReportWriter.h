#pragma once

#include <QDate>
#include <QString>

class QPrinter;
class QTextStream;

namespace careerplanner {

class PlanSession;

// Puts the plan's report on paper: a PDF file (A4, numbered pages) or a printer.
class ReportWriter
{
public:
    // Written beside the target and renamed into place: a failed report leaves no half file.
    static bool writePdf(const PlanSession &session, const QString &path, const QDate &today, QString *error);
    static void print(const PlanSession &session, QPrinter *printer, const QDate &today);
    // careerplanner --report FILE --output OUT.pdf: the plan opened read-only, today's report.
    static int runCommand(const QString &planFile, const QString &output, QTextStream &err);
};

} // namespace careerplanner
