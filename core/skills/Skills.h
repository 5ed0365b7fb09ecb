#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace careerplanner {

// A skill the guides name, or one of Amazon's Leadership Principles. Stories are tagged
// with either kind; the level matrix covers skills.
struct Skill
{
    enum class Kind { Skill, LeadershipPrinciple };

    qint64 id = 0;
    QString key; // stable: "data", "customer_obsession"
    QString name;
    Kind kind = Kind::Skill;
    QString description;

    static QString kindToKey(Kind kind)
    {
        return kind == Kind::Skill ? QStringLiteral("skill") : QStringLiteral("leadership_principle");
    }
    bool operator==(const Skill &o) const
    {
        return key == o.key && name == o.name && kind == o.kind && description == o.description;
    }
};

// The 1-5 proficiency a level expects in a skill: ladder name -> level title -> skill key.
using SkillMatrix = QMap<QString, QMap<QString, QMap<QString, int>>>;

struct CheckIn
{
    qint64 id = 0;
    QDate date;
    int proficiency = 1;
    QString note;

    bool operator==(const CheckIn &o) const
    {
        return date == o.date && proficiency == o.proficiency && note == o.note;
    }
};

// Reach a proficiency in a skill by a date, for the level of a path step if given.
struct Goal
{
    enum class Status { Active, Achieved, Paused, Dropped };

    qint64 id = 0;
    QString skillKey;
    int target = 3;
    QDate dueDate;
    QString forLevel;
    Status status = Status::Active;
    QString notes;
    QList<CheckIn> checkIns; // by date

    // The latest check-in's rating, if any.
    std::optional<int> current() const;

    static QString statusToKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusToDisplayName(Status status);
    bool sameContentAs(const Goal &o) const;
};

// A STAR story: the evidence an interview loop or a promotion case asks for.
struct Story
{
    qint64 id = 0;
    QString title;
    QDate date;
    QString situation;
    QString task;
    QString action;
    QString result;
    QString outcomes;
    QStringList tags; // skill and Leadership Principle keys

    bool sameContentAs(const Story &o) const
    {
        return title == o.title && date == o.date && situation == o.situation && task == o.task && action == o.action
            && result == o.result && outcomes == o.outcomes && tags == o.tags;
    }
};

} // namespace careerplanner
