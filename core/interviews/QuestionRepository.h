#pragma once

#include "core/interviews/Question.h"
#include "core/skills/Skill.h"

#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes a plan's interview questions with their tags and ladders. Each write
// is checked first (QuestionBank::validate) and is one transaction.
class QuestionRepository
{
public:
    explicit QuestionRepository(PlanDatabase &plan);

    bool load(QList<Question> *questions, QString *error) const; // in the order they were added
    bool save(Question &question, const QList<Skill> &skills, QString *error); // new when id is 0
    // The bank into a new or migrated plan, each given its new id: a tag the plan has no
    // skill for is left out.
    bool insertAll(QList<Question> *questions, QString *error);
    bool remove(qint64 questionId, QString *error);

private:
    bool write(Question &question, QString *error); // inside a transaction
    bool writeTagsAndLadders(const Question &question, QString *error);

    PlanDatabase &m_plan;
};

} // namespace careerplanner
