#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace careerplanner {

// A promotion that happened.
struct Promotion
{
    qint64 id = 0;
    QDate date;
    QString ladderName;
    QString levelTitle;
    QString note;

    bool operator==(const Promotion &o) const
    {
        return date == o.date && ladderName == o.ladderName && levelTitle == o.levelTitle && note == o.note;
    }
};

} // namespace careerplanner
