#pragma once

#include "core/interviews/WritingDraft.h"

#include <QString>

namespace careerplanner {

// A draft of the writing exercise written out for reading elsewhere or sending: a PDF of
// an A4 page or two, or plain UTF-8 text. Never over a plan (planPath included).
class DraftExport
{
public:
    static bool writePdf(const WritingDraft &draft, const QString &path, const QString &planPath, QString *error);
    static bool writeText(const WritingDraft &draft, const QString &path, const QString &planPath, QString *error);
    static QString plainText(const WritingDraft &draft); // the title, a blank line, the body
};

} // namespace careerplanner
