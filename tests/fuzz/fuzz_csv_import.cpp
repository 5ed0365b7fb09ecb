// libFuzzer target: the CSV imports (pay history and levels). Any input must give a
// preview whose rows and problems are consistent: every row has its line, every problem a
// reason, and a preview with problems is never valid.
#include "core/io/CsvImport.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

template<typename Row> void check(const careerplanner::CsvImport::Preview<Row> &preview)
{
    if (preview.rows.size() != preview.lines.size())
        std::abort();
    for (const auto &problem : preview.problems) {
        if (problem.reason.isEmpty() || problem.line < 0)
            std::abort();
    }
    if (!preview.problems.isEmpty() && preview.isValid())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace careerplanner;
    static int argc = 1;
    static char name[] = "fuzz_csv_import";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static const CareerLadder ladder = [] {
        CareerLadder l;
        l.name = QStringLiteral("Program Management");
        CareerLevel level;
        level.title = QStringLiteral("Program Manager");
        l.levels.append(level);
        return l;
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    check(CsvImport::payHistory(text));
    check(CsvImport::levels(text, ladder));
    return 0;
}
