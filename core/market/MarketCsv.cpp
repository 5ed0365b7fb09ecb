#include "core/market/MarketCsv.h"

#include "core/base/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MarketCsv", text);
}

// A header as a key: "Years of Experience", "years_of_experience" and "YEARSOFEXPERIENCE" are one.
QString key(const QString &header)
{
    QString k;
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            k += c.toLower();
    }
    return k;
}

// The columns each shape reads, by key, under the names the rows below use.
struct Column
{
    const char *field;
    const char *header;
};
constexpr Column OwnColumns[] = {
    { "company", "company" },   { "title", "title" }, { "level", "level" },       { "base", "base" },
    { "stock", "stock" },       { "bonus", "bonus" }, { "total", "total" },       { "years", "yearsofexperience" },
    { "location", "location" }, { "date", "date" },   { "currency", "currency" },
};
constexpr Column LevelsFyiColumns[] = {
    { "company", "company" },
    { "title", "title" },
    { "level", "level" },
    { "base", "basesalary" },
    { "stock", "stockgrantvalue" },
    { "bonus", "bonus" },
    { "total", "totalyearlycompensation" },
    { "years", "yearsofexperience" },
    { "location", "location" },
    { "date", "timestamp" },
    { "currency", "currency" },
};
constexpr Column H1bColumns[] = {
    { "company", "employername" }, { "title", "jobtitle" },    { "base", "wagerateofpayfrom" },
    { "unit", "wageunitofpay" },   { "city", "worksitecity" }, { "state", "worksitestate" },
    { "status", "casestatus" },    { "date", "begindate" },
};

// The leading number of text from at, moving at past it; -1 if there is none.
int number(QStringView text, qsizetype *at)
{
    int value = -1;
    while (*at < text.size() && text.at(*at).isDigit() && value < 100'000)
        value = std::max(value, 0) * 10 + text.at((*at)++).digitValue();
    return value;
}

// Dates as the files write them: 2024-10-01, 2024/10/01 or 6/7/2017 (month first, as in
// the U.S. files), with a time after them or not. Read by hand: a date format tried per row
// made a large file slow to read.
QDate dateOf(const QString &input)
{
    const QStringView text = QStringView(input).trimmed();
    qsizetype at = 0;
    const int first = number(text, &at);
    if (first < 0 || at >= text.size() || (text.at(at) != u'-' && text.at(at) != u'/'))
        return QDate();
    const QChar separator = text.at(at++);
    const int second = number(text, &at);
    if (second < 0 || at >= text.size() || text.at(at++) != separator)
        return QDate();
    const int third = number(text, &at);
    if (at < text.size() && !text.at(at).isSpace() && text.at(at) != u'T')
        return QDate();
    return first > 31 ? QDate(first, second, third) : QDate(third, first, second);
}

// An amount as these files mostly write it, whole units in plain digits, read without
// the general parser; nothing for anything else, which Money::parse then reads.
std::optional<qint64> plainAmount(const QString &text, const QString &currency)
{
    if (text.isEmpty() || text.size() > 11)
        return std::nullopt;
    qint64 units = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        units = units * 10 + (c.unicode() - u'0');
    }
    const qint64 minor = units * Money::minorPerMajor(currency);
    return minor <= Money::MaximumMinorUnits ? std::optional<qint64>(minor) : std::nullopt; // too large: said by parse
}

// How many of a wage unit make a year, as the disclosure files state wages.
std::optional<qint64> perYear(const QString &unit)
{
    static const QHash<QString, qint64> units { { QStringLiteral("year"), 1 },
                                                { QStringLiteral("hour"), 2080 },
                                                { QStringLiteral("week"), 52 },
                                                { QStringLiteral("biweekly"), 26 },
                                                { QStringLiteral("month"), 12 } };
    const auto found = units.constFind(key(unit));
    return found == units.cend() ? std::nullopt : std::optional<qint64>(*found);
}

} // namespace

MarketCsv::Read MarketCsv::read(const QString &text, const QString &fileName, const QDate &importedOn,
                                const Progress &progress)
{
    Read result;
    QList<CsvReader::Record> records;
    if (!CsvReader::parse(text, &records, &result.error))
        return result;
    if (records.isEmpty()) {
        result.error = tr("The file is empty: the first row should name the columns.");
        return result;
    }
    QHash<QString, int> headers;
    for (int i = 0; i < records.constFirst().fields.size(); ++i)
        headers.insert(key(records.constFirst().fields.at(i)), i);
    if (headers.contains(QStringLiteral("employername")) && headers.contains(QStringLiteral("wagerateofpayfrom")))
        result.shape = Shape::H1b;
    else if (headers.contains(QStringLiteral("totalyearlycompensation"))
             || headers.contains(QStringLiteral("basesalary")))
        result.shape = Shape::LevelsFyi;
    const auto columns = [&]() -> QList<Column> {
        switch (result.shape) {
        case Shape::H1b:
            return { std::begin(H1bColumns), std::end(H1bColumns) };
        case Shape::LevelsFyi:
            return { std::begin(LevelsFyiColumns), std::end(LevelsFyiColumns) };
        case Shape::OwnSheet:
            break;
        }
        return { std::begin(OwnColumns), std::end(OwnColumns) };
    }();
    QHash<QString, int> at; // field -> column index
    for (const Column &column : columns) {
        if (headers.contains(QLatin1String(column.header)))
            at.insert(QLatin1String(column.field), headers.value(QLatin1String(column.header)));
    }
    if (!at.contains(QStringLiteral("base")) && !at.contains(QStringLiteral("total"))) {
        result.error = tr("The file has no column of base or total pay: name one “base” or “total” in the first row.");
        return result;
    }

    const QLocale english(QLocale::English, QLocale::UnitedStates); // "193,000.50" as such files write it
    static const QRegularExpression someText(QStringLiteral("\\S"));
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (progress && r % ProgressStep == 0 && !progress(int(r), int(records.size() - 1))) {
            result = Read();
            result.cancelled = true;
            return result;
        }
        const CsvReader::Record &record = records.at(r);
        ++result.rowsRead;
        const auto field = [&](const char *name) {
            const int column = at.value(QLatin1String(name), -1);
            return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
        };
        MarketReport report;
        report.company = field("company");
        report.title = field("title");
        report.level = field("level");
        report.location
            = result.shape == Shape::H1b
                  ? QStringList { field("city"), field("state") }.filter(someText).join(QStringLiteral(", "))
                  : field("location");
        if (const QString currency = field("currency"); !currency.isEmpty())
            report.currency = currency.toUpper();
        report.date = dateOf(field("date"));
        report.source = fileName;
        report.importedOn = importedOn;
        QString problem;
        if (report.currency != QLatin1String("USD") && !Money::isCurrencyCode(report.currency))
            problem = tr("currency “%1” is not a three-letter code").arg(report.currency);
        if (const QString status = field("status");
            result.shape == Shape::H1b && problem.isEmpty() && key(status) != QLatin1String("certified"))
            problem = tr("case status “%1”: only certified cases count").arg(status);
        for (const auto &[name, amount] :
             { std::pair { "base", &report.base }, std::pair { "stock", &report.stock },
               std::pair { "bonus", &report.bonus }, std::pair { "total", &report.total } }) {
            const QString value = field(name);
            if (!problem.isEmpty() || value.isEmpty())
                continue;
            *amount = plainAmount(value, report.currency);
            if (*amount)
                continue;
            const Money::ParseResult parsed = Money::parse(value, report.currency, english);
            if (!parsed.minorUnits)
                problem = tr("%1: %2").arg(QLatin1String(name), parsed.error);
            *amount = parsed.minorUnits;
        }
        if (problem.isEmpty() && result.shape == Shape::H1b && report.base) {
            const QString unit = field("unit");
            const std::optional<qint64> times = perYear(unit.isEmpty() ? QStringLiteral("Year") : unit);
            if (!times)
                problem = tr("wage unit “%1” is not Hour, Week, Bi-Weekly, Month or Year").arg(unit);
            else if (*report.base > Money::MaximumMinorUnits / *times)
                problem = tr("base: That amount is too large.");
            else
                report.base = *report.base * *times;
        }
        if (problem.isEmpty() && !report.base && !report.total)
            problem = tr("no base and no total pay");
        for (const auto &[name, value, longest] :
             { std::tuple { "company", &report.company, LongestName },
               std::tuple { "title", &report.title, LongestName }, std::tuple { "level", &report.level, LongestLevel },
               std::tuple { "location", &report.location, LongestName } }) {
            if (problem.isEmpty() && value->size() > longest)
                problem = tr("%1 is longer than %2 characters").arg(QLatin1String(name)).arg(longest);
        }
        if (const QString given = field("years"); problem.isEmpty() && !given.isEmpty()) {
            bool ok = false;
            const double years = QLocale::c().toDouble(given, &ok);
            if (!ok || years < 0 || years > 70)
                problem = tr("years of experience “%1” is not a number from 0 to 70").arg(given);
            else
                report.yearsOfExperience = years;
        }
        if (!problem.isEmpty()) {
            result.skipped.append({ record.line, problem });
            continue;
        }
        result.reports.append(report);
        result.lines.append(record.line);
    }
    return result;
}

} // namespace careerplanner
