#pragma once

#include "core/interviews/PracticeAttempt.h"
#include "core/interviews/Question.h"
#include "core/skills/Skill.h"
#include "core/stories/Story.h"

#include <QList>
#include <QString>

namespace careerplanner {

// The question bank and the practice attempts as RFC 4180 CSV (UTF-8, CRLF) for
// spreadsheets: stages and kinds by their keys, principles, skills and stories by name.
class InterviewCsv
{
public:
    static QString questions(const QList<Question> &questions, const QList<Skill> &skills);
    static QString attempts(const QList<PracticeAttempt> &attempts, const QList<Question> &questions,
                            const QList<Story> &stories);
};

} // namespace careerplanner
