#pragma once

#include "core/interviews/Question.h"
#include "core/skills/Skill.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace careerplanner {

// The interview question bank of data/questions.json, shipped in the binary, and the rule
// every question keeps, whether it comes from the bank, the user or an import.
class QuestionBank
{
public:
    static QString resourcePath() { return QStringLiteral(":/careerplanner/data/questions.json"); }
    // In the order of the hiring process.
    static QStringList stages();
    static QStringList kinds();
    static constexpr int MaximumTextLength = 1000;

    // Why the question cannot be kept (empty when it can): its text, stage and kind, and
    // tags that must be the plan's principles and skills of the right kind.
    static QString validate(const Question &question, const QList<Skill> &skills);
    // The shipped bank, each question checked against the reference skills.
    static bool load(QList<Question> *questions, const QList<Skill> &skills, QString *error);
    // Drops the tags the plan has no principle or skill for, as a migrated plan drops them:
    // an older plan may lack some of the reference skills.
    static void keepTagsOf(QList<Question> *questions, const QList<Skill> &skills);
};

} // namespace careerplanner
