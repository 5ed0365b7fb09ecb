#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace careerplanner {

// Something a career conversation agreed, and what it was made into on the plan.
struct AgreedAction
{
    QString text;
    qint64 milestoneId = 0; // 0: not made a milestone
    qint64 goalId = 0; // 0: not made a skill goal

    bool isMade() const { return milestoneId != 0 || goalId != 0; }
    bool operator==(const AgreedAction &o) const
    {
        return text == o.text && milestoneId == o.milestoneId && goalId == o.goalId;
    }
};

// A conversation about one's career with a manager, a skip-level manager or a mentor: what
// was asked for, the feedback heard, what was agreed. The guide asks for one at least once
// a year.
struct CareerConversation
{
    enum class Relation { Manager, SkipLevel, Mentor, Other };

    static constexpr int MaximumNameLength = 200;
    static constexpr int MaximumNoteLength = 20000;
    static constexpr int MaximumActionLength = 2000;

    qint64 id = 0;
    QDate heldOn;
    QString person; // with whom
    Relation relation = Relation::Manager;
    QString askedFor;
    QString feedback;
    QList<AgreedAction> agreed;
    QDate nextOn; // the next one, when booked

    static QList<Relation> relations();
    static QString relationKey(Relation relation);
    static std::optional<Relation> relationFromKey(const QString &key);
    static QString relationName(Relation relation); // for the user
    // Why the conversation cannot be kept (empty when it can); today: the held date's limit.
    static QString validate(const CareerConversation &conversation, const QDate &today);

    bool sameContentAs(const CareerConversation &o) const
    {
        return heldOn == o.heldOn && person == o.person && relation == o.relation && askedFor == o.askedFor
               && feedback == o.feedback && agreed == o.agreed && nextOn == o.nextOn;
    }
};

} // namespace careerplanner
