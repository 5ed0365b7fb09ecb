#include "core/market/MarketRepository.h"

#include "core/market/MarketTable.h"
#include "core/storage/PlanDatabase.h"
#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"
#include "core/undo/PlanUndoLog.h"

#include <QHash>

namespace careerplanner {

namespace {

constexpr std::pair<MarketCsv::Shape, const char *> ShapeNames[] = {
    { MarketCsv::Shape::OwnSheet, "own" },
    { MarketCsv::Shape::LevelsFyi, "levels_fyi" },
    { MarketCsv::Shape::H1b, "h1b" },
};

QString shapeName(MarketCsv::Shape shape)
{
    for (const auto &[value, name] : ShapeNames) {
        if (value == shape)
            return QLatin1String(name);
    }
    return {};
}

MarketCsv::Shape shapeNamed(const QString &text)
{
    for (const auto &[value, name] : ShapeNames) {
        if (text == QLatin1String(name))
            return value;
    }
    return MarketCsv::Shape::OwnSheet;
}

// 64-bit FNV-1a, over UTF-16 code units and amounts as numbers, each taken lowest byte
// first: simple, and the same in every build and on every machine, unlike qHash's seeded
// digests.
constexpr quint64 FnvPrime = 1099511628211ULL;

void mixByte(quint64 &hash, quint8 byte)
{
    hash ^= byte;
    hash *= FnvPrime;
}

void mix(quint64 &hash, const QString &text)
{
    for (const QChar c : text) {
        mixByte(hash, quint8(c.unicode() & 0xff));
        mixByte(hash, quint8(c.unicode() >> 8));
    }
    mixByte(hash, 0x1f); // a separator, so that "ab","c" and "a","bc" differ
}

void mix(quint64 &hash, std::optional<qint64> value)
{
    mixByte(hash, value ? 1 : 0);
    const quint64 bits = value ? quint64(*value) : 0;
    for (int shift = 0; shift < 64; shift += 8)
        mixByte(hash, quint8(bits >> shift));
}

void bindAmount(SqliteRows &insert, int parameter, const std::optional<qint64> &amount)
{
    if (amount)
        insert.bind(parameter, *amount);
    else
        insert.bindNull(parameter);
}

// Each fingerprint's highest occurrence the plan holds.
bool heldOccurrences(QSqlDatabase db, QHash<qint64, int> *held, QString *error)
{
    SqliteRows rows(db, "SELECT fingerprint, max(occurrence) FROM market_report GROUP BY fingerprint");
    while (rows.next())
        held->insert(rows.int64(0), rows.integer(1));
    return rows.finished(error);
}

} // namespace

MarketRepository::MarketRepository(PlanDatabase &plan)
    : m_plan(plan)
{
}

qint64 MarketRepository::fingerprint(const MarketReport &report)
{
    quint64 hash = 14695981039346656037ULL;
    for (const QString *text : { &report.company, &report.title, &report.level, &report.location, &report.currency })
        mix(hash, *text);
    for (const std::optional<qint64> &amount : { report.base, report.stock, report.bonus, report.total })
        mix(hash, amount);
    // Years to the hundredth, as files write them ("5.5"), and the date as its day number.
    mix(hash,
        report.yearsOfExperience ? std::optional<qint64>(qRound64(*report.yearsOfExperience * 100)) : std::nullopt);
    mix(hash, report.date.isValid() ? std::optional<qint64>(report.date.toJulianDay()) : std::nullopt);
    return qint64(hash);
}

bool MarketRepository::newReports(const QList<MarketReport> &reports, QList<int> *fresh, QString *error) const
{
    QList<Occurrence> occurrences;
    if (!occurrencesOf(reports, &occurrences, error))
        return false;
    fresh->clear();
    for (const Occurrence &occurrence : occurrences)
        fresh->append(occurrence.index);
    return true;
}

bool MarketRepository::occurrencesOf(const QList<MarketReport> &reports, QList<Occurrence> *fresh, QString *error) const
{
    fresh->clear();
    bool present = false;
    QHash<qint64, int> held;
    if (!hasTables(&present, error) || (present && !heldOccurrences(m_plan.connection(), &held, error)))
        return false;
    QHash<qint64, int> seen; // in this file so far
    for (int i = 0; i < reports.size(); ++i) {
        const qint64 print = fingerprint(reports.at(i));
        const int occurrence = ++seen[print];
        if (occurrence > held.value(print))
            fresh->append({ i, print, occurrence });
    }
    return true;
}

bool MarketRepository::add(MarketImport &import, const QList<MarketReport> &reports, QString *error)
{
    import.id = 0;
    import.reports = 0;
    QList<Occurrence> fresh;
    if (!occurrencesOf(reports, &fresh, error))
        return false;
    if (fresh.isEmpty())
        return true; // the plan holds them all: not even the import is recorded
    QSqlQuery query(m_plan.connection());
    query.prepare(QStringLiteral("INSERT INTO market_import (source_file, imported_on, shape, rows_read) "
                                 "VALUES (?, ?, ?, ?)"));
    query.addBindValue(import.sourceFile);
    query.addBindValue(sql::date(import.importedOn));
    query.addBindValue(shapeName(import.shape));
    query.addBindValue(import.rowsRead);
    if (!sql::insert(query, &import.id, error))
        return false;
    // The import's own row is logged for undo, and takes its reports with it.
    const PlanUndoLog::UnloggedInserts unlogged(m_plan.connection(), QStringLiteral("market_report"));
    // Straight through SQLite: binding 60,000 rows through QVariants costs more than writing them.
    SqliteRows insert(m_plan.connection(),
                      "INSERT INTO market_report (import_id, fingerprint, occurrence, company, title, level, location, "
                      "currency, base, stock, bonus, total, years_experience, report_date) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    for (const Occurrence &occurrence : fresh) {
        const MarketReport &report = reports.at(occurrence.index);
        insert.bind(1, import.id);
        insert.bind(2, occurrence.fingerprint);
        insert.bind(3, qint64(occurrence.number));
        insert.bind(4, report.company);
        insert.bind(5, report.title);
        insert.bind(6, report.level);
        insert.bind(7, report.location);
        insert.bind(8, report.currency);
        bindAmount(insert, 9, report.base);
        bindAmount(insert, 10, report.stock);
        bindAmount(insert, 11, report.bonus);
        bindAmount(insert, 12, report.total);
        if (report.yearsOfExperience)
            insert.bind(13, *report.yearsOfExperience);
        else
            insert.bindNull(13);
        if (report.date.isValid())
            insert.bind(14, report.date.toString(Qt::ISODate));
        else
            insert.bindNull(14);
        insert.next();
        if (!insert.finished(error) || !insert.reset())
            return false;
        ++import.reports;
    }
    return true;
}

bool MarketRepository::removeImport(qint64 importId, QString *error)
{
    return sql::removeById(m_plan.connection(), QStringLiteral("market_import"), importId, error);
}

bool MarketRepository::loadImports(QList<MarketImport> *imports, QString *error) const
{
    imports->clear();
    bool present = false;
    if (!hasTables(&present, error) || !present)
        return present || error->isEmpty();
    SqliteRows rows(m_plan.connection(), "SELECT i.id, i.source_file, i.imported_on, i.shape, i.rows_read, "
                                         "(SELECT count(*) FROM market_report r WHERE r.import_id = i.id) "
                                         "FROM market_import i ORDER BY i.id DESC");
    while (rows.next()) {
        MarketImport import;
        import.id = rows.int64(0);
        import.sourceFile = rows.text(1);
        import.importedOn = rows.date(2);
        import.shape = shapeNamed(rows.text(3));
        import.rowsRead = rows.integer(4);
        import.reports = rows.integer(5);
        imports->append(import);
    }
    return rows.finished(error);
}

bool MarketRepository::loadTable(MarketTable *table, QString *error) const
{
    *table = MarketTable();
    int count = 0;
    if (!countReports(&count, error))
        return false;
    if (count == 0)
        return true;
    table->reserve(count);
    SqliteRows rows(m_plan.connection(),
                    "SELECT company, title, level, location, currency, base, total, years_experience, report_date "
                    "FROM market_report ORDER BY id");
    MarketReport report;
    while (rows.next()) {
        report.company = rows.text(0);
        report.title = rows.text(1);
        report.level = rows.text(2);
        report.location = rows.text(3);
        report.currency = rows.text(4);
        report.base = rows.isNull(5) ? std::nullopt : std::optional<qint64>(rows.int64(5));
        report.total = rows.isNull(6) ? std::nullopt : std::optional<qint64>(rows.int64(6));
        report.yearsOfExperience = rows.isNull(7) ? std::nullopt : std::optional<double>(rows.real(7));
        report.date = rows.date(8);
        table->append(report);
    }
    return rows.finished(error);
}

bool MarketRepository::countReports(int *reports, QString *error) const
{
    *reports = 0;
    bool present = false;
    if (!hasTables(&present, error) || !present)
        return present || error->isEmpty();
    SqliteRows rows(m_plan.connection(), "SELECT count(*) FROM market_report");
    if (rows.next())
        *reports = rows.integer(0);
    rows.next();
    return rows.finished(error);
}

bool MarketRepository::hasTables(bool *present, QString *error) const
{
    error->clear();
    return sql::hasTable(m_plan.connection(), QStringLiteral("market_report"), present, error);
}

} // namespace careerplanner
