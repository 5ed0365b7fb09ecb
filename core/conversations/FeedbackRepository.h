#pragma once

#include "core/conversations/FeedbackQuote.h"
#include "core/skills/Skill.h"

#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Feedback quotes and their tags in the plan file. Each write is one transaction.
class FeedbackRepository
{
public:
    explicit FeedbackRepository(PlanDatabase &plan);

    // Why the quote cannot be kept (empty when it can); skills: what its tags must name.
    static QString validate(const FeedbackQuote &quote, const QList<Skill> &skills, const QDate &today);

    bool load(QList<FeedbackQuote> *quotes, QString *error) const; // newest first, undated last
    bool save(FeedbackQuote &quote, const QList<Skill> &skills, const QDate &today, QString *error);
    bool remove(qint64 quoteId, QString *error);

private:
    PlanDatabase &m_plan;
};

} // namespace careerplanner
