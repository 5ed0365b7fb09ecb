#pragma once

#include "core/base/CsvReader.h"
#include "core/market/MarketReport.h"

#include <QList>

#include <functional>

namespace careerplanner {

// Reads compensation reports from CSV in the shapes people have: Levels.fyi-style exports
// (whole or with some columns only), the H-1B disclosure (LCA) files, and a sheet of one's
// own (company, title, level, base, stock, bonus, total, years of experience, location,
// date, currency; any order and case). Unknown columns are ignored; amounts may be plain,
// grouped ("193,000") or short ("193K").
class MarketCsv
{
public:
    enum class Shape { OwnSheet, LevelsFyi, H1b };
    struct Read
    {
        Shape shape = Shape::OwnSheet;
        int rowsRead = 0; // data rows, the header not counted
        QList<MarketReport> reports;
        QList<int> lines; // the line each report came from
        QList<CsvReader::Problem> skipped; // the rows left out, each with its line and why
        QString error; // a file that cannot be read as reports at all; nothing read then
        bool cancelled = false; // progress asked to stop; nothing read then
    };

    // The longest company, title and location kept, and the longest level ("L6").
    static constexpr qsizetype LongestName = 200;
    static constexpr qsizetype LongestLevel = 100;
    // Told every ProgressStep rows how many are done of how many; false stops the read.
    using Progress = std::function<bool(int done, int total)>;
    static constexpr int ProgressStep = 2048;

    static Read read(const QString &text, const QString &fileName, const QDate &importedOn,
                     const Progress &progress = {});
};

} // namespace careerplanner
