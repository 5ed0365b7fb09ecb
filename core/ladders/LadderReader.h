#pragma once

#include "core/ladders/CareerLadder.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace careerplanner {

// Reads every ladder of a plan with its levels, texts, branches and bands, in ladder order:
// a handful of whole-table queries stitched together by id, through SQLite's own API.
class LadderReader
{
public:
    static bool loadAll(QSqlDatabase db, QList<CareerLadder> *ladders, QString *error);
};

} // namespace careerplanner
