#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace careerplanner {

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
