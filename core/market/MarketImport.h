#pragma once

#include "core/market/MarketCsv.h"

#include <QDate>
#include <QString>

namespace careerplanner {

// One file of reports as the plan keeps it: where they came from and when.
struct MarketImport
{
    qint64 id = 0;
    QString sourceFile; // the file's name, without its folder
    QDate importedOn;
    MarketCsv::Shape shape = MarketCsv::Shape::OwnSheet;
    int rowsRead = 0;
    int reports = 0; // how many of its rows the plan holds
};

} // namespace careerplanner
