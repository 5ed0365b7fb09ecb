#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace careerplanner {

struct CheckIn
{
    qint64 id = 0;
    QDate date;
    int proficiency = 1;
    QString note;

    bool operator==(const CheckIn &o) const { return date == o.date && proficiency == o.proficiency && note == o.note; }
};

} // namespace careerplanner
