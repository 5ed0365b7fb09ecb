#include "core/io/CsvImport.h"

#include "core/base/HappenedDate.h"
#include "core/base/CsvReader.h"
#include "core/ladders/LevelValidator.h"
#include "core/base/Money.h"
#include "core/ladders/LadderRepository.h"
#include "core/pay/PayRepository.h"
#include "core/pay/PayValidator.h"
#include "core/plan/PlanSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvImport", text);
}

QString normalised(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.replace(QLatin1Char('_'), QLatin1Char(' '));
    return key.simplified();
}

// The file's records with their columns mapped; false (with problems) if the header is wrong.
struct Table
{
    QList<CsvReader::Record> records; // without the header
    QHash<QString, int> columns; // column name -> field index

    QString value(const CsvReader::Record &record, const QString &column) const
    {
        const int index = columns.value(column, -1);
        return index >= 0 ? record.fields.value(index).trimmed() : QString();
    }
};

bool readTable(const QString &text, const QStringList &known, const QStringList &required, Table *table,
               QList<CsvImport::Problem> *problems)
{
    QString error;
    QList<CsvReader::Record> records;
    if (!CsvReader::parse(text, &records, &error)) {
        problems->append({ 0, error });
        return false;
    }
    if (records.isEmpty()) {
        problems->append({ 0, tr("The file is empty.") });
        return false;
    }
    const CsvReader::Record header = records.takeFirst();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = normalised(header.fields.at(i));
        if (!known.contains(name))
            problems->append(
                { header.line, tr("Unknown column “%1”; the columns are: %2.")
                                   .arg(header.fields.at(i).trimmed(), known.join(QStringLiteral(", "))) });
        else if (table->columns.contains(name))
            problems->append({ header.line, tr("Column “%1” is named twice.").arg(name) });
        else
            table->columns.insert(name, i);
    }
    for (const QString &name : required) {
        if (!table->columns.contains(name))
            problems->append({ header.line, tr("The column “%1” is missing.").arg(name) });
    }
    if (records.isEmpty())
        problems->append({ 0, tr("There are no rows under the column names.") });
    for (const CsvReader::Record &record : std::as_const(records)) {
        if (record.fields.size() > header.fields.size())
            problems->append(
                { record.line,
                  header.fields.size() == 1
                      ? tr("%1 fields, but only one column.").arg(record.fields.size())
                      : tr("%1 fields, but only %2 columns.").arg(record.fields.size()).arg(header.fields.size()) });
    }
    table->records = records;
    return problems->isEmpty();
}

// An amount in the currency, or a problem; empty text is zero when optional.
bool amount(const QString &text, const QString &column, const QString &currency, bool required, qint64 *result,
            QString *problem)
{
    if (text.isEmpty()) {
        *result = 0;
        if (required)
            *problem = tr("%1 is empty.").arg(column);
        return !required;
    }
    // Files are written in a spreadsheet's C-like format more often than the user's own.
    Money::ParseResult parsed = Money::parse(text, currency, QLocale::c());
    if (!parsed.minorUnits)
        parsed = Money::parse(text, currency);
    if (!parsed.minorUnits) {
        *problem = parsed.error.isEmpty() ? tr("%1: “%2” is not an amount of money.").arg(column, text)
                                          : tr("%1: %2").arg(column, parsed.error);
        return false;
    }
    *result = *parsed.minorUnits;
    return true;
}

bool wholeNumber(const QString &text, int *result)
{
    bool ok = false;
    *result = text.toInt(&ok);
    return ok;
}

} // namespace

QStringList CsvImport::payHistoryColumns()
{
    return { QStringLiteral("year"), QStringLiteral("ladder"), QStringLiteral("level"), QStringLiteral("currency"),
             QStringLiteral("base"), QStringLiteral("bonus"),  QStringLiteral("stock") };
}

QStringList CsvImport::levelColumns()
{
    return { QStringLiteral("title"),     QStringLiteral("code"),      QStringLiteral("summary"),
             QStringLiteral("years min"), QStringLiteral("years max"), QStringLiteral("base min"),
             QStringLiteral("base max"),  QStringLiteral("total min"), QStringLiteral("total max") };
}

CsvImport::Preview<PayRecord> CsvImport::payHistory(const QString &text)
{
    Preview<PayRecord> preview;
    Table table;
    if (!readTable(text, payHistoryColumns(), { QStringLiteral("year"), QStringLiteral("base") }, &table,
                   &preview.problems))
        return preview;
    QHash<int, int> lineOfYear;
    for (const CsvReader::Record &record : std::as_const(table.records)) {
        PayRecord pay;
        QString problem;
        const QString year = table.value(record, QStringLiteral("year"));
        pay.ladderName = table.value(record, QStringLiteral("ladder"));
        pay.levelTitle = table.value(record, QStringLiteral("level"));
        const QString currency = table.value(record, QStringLiteral("currency")).toUpper();
        pay.currency = currency.isEmpty() ? QStringLiteral("USD") : currency;
        if (!wholeNumber(year, &pay.year))
            problem = tr("year “%1” is not a whole number.").arg(year);
        else if (lineOfYear.contains(pay.year))
            problem = tr("%1 is already on line %2.").arg(pay.year).arg(lineOfYear.value(pay.year));
        else
            lineOfYear.insert(pay.year, record.line); // a refused row's year is taken all the same
        if (problem.isEmpty()
            && amount(table.value(record, QStringLiteral("base")), tr("base"), pay.currency, true, &pay.base, &problem)
            && amount(table.value(record, QStringLiteral("bonus")), tr("bonus"), pay.currency, false, &pay.bonus,
                      &problem)
            && amount(table.value(record, QStringLiteral("stock")), tr("stock"), pay.currency, false, &pay.stockVested,
                      &problem))
            problem = PayValidator::validateRecord(pay);
        if (problem.isEmpty())
            problem = HappenedDate::payYearProblem(pay.year, QDate::currentDate());
        if (!problem.isEmpty()) {
            preview.problems.append({ record.line, problem });
            continue;
        }
        preview.rows.append(pay);
        preview.lines.append(record.line);
    }
    return preview;
}

CsvImport::Preview<CareerLevel> CsvImport::levels(const QString &text, const CareerLadder &into)
{
    Preview<CareerLevel> preview;
    Table table;
    if (!readTable(text, levelColumns(), { QStringLiteral("title") }, &table, &preview.problems))
        return preview;
    QHash<QString, int> lineOfTitle;
    const QString source = tr("Imported from CSV on %1").arg(QDate::currentDate().toString(Qt::ISODate));
    for (const CsvReader::Record &record : std::as_const(table.records)) {
        CareerLevel level;
        QStringList problems;
        level.title = table.value(record, QStringLiteral("title"));
        level.levelCode = table.value(record, QStringLiteral("code"));
        level.summary = table.value(record, QStringLiteral("summary"));
        level.source = { QString(), source };
        const QString key = level.title.toLower();
        if (lineOfTitle.contains(key))
            problems.append(tr("“%1” is already on line %2.").arg(level.title).arg(lineOfTitle.value(key)));
        else if (!key.isEmpty())
            lineOfTitle.insert(key, record.line); // a refused row's title is taken all the same
        for (const CareerLevel &existing : into.levels) {
            if (existing.title.compare(level.title, Qt::CaseInsensitive) == 0)
                problems.append(tr("“%1” is already a level of %2.").arg(level.title, into.name));
        }
        for (const QString &end : { QStringLiteral("min"), QStringLiteral("max") }) {
            const QString yearsText = table.value(record, QStringLiteral("years ") + end);
            int years = 0;
            if (yearsText.isEmpty())
                continue;
            if (!wholeNumber(yearsText, &years))
                problems.append(tr("years %1 “%2” is not a whole number.").arg(end, yearsText));
            else if (end == QLatin1String("min"))
                level.yearsAtLevel.minimum = years;
            else
                level.yearsAtLevel.maximum = years;
        }
        for (const auto kind : { SalaryBand::Kind::Base, SalaryBand::Kind::TotalCompensation }) {
            const QString prefix = kind == SalaryBand::Kind::Base ? QStringLiteral("base") : QStringLiteral("total");
            const QString minText = table.value(record, prefix + QStringLiteral(" min"));
            QString maxText = table.value(record, prefix + QStringLiteral(" max"));
            if (minText.isEmpty() && maxText.isEmpty())
                continue;
            SalaryBand band;
            band.kind = kind;
            band.source = { QString(), source };
            band.openEnded = maxText.endsWith(QLatin1Char('+')) || minText.endsWith(QLatin1Char('+'));
            maxText.remove(QLatin1Char('+'));
            QString problem;
            qint64 maximum = 0;
            if (!amount(QString(minText).remove(QLatin1Char('+')), prefix + QStringLiteral(" min"), band.currency, true,
                        &band.minimum, &problem)
                || !amount(maxText, prefix + QStringLiteral(" max"), band.currency, false, &maximum, &problem)) {
                problems.append(problem);
                continue;
            }
            if (!maxText.isEmpty())
                band.maximum = maximum;
            level.setBand(kind, band);
        }
        for (const LevelValidator::Issue &issue : LevelValidator::validateLevel(level))
            problems.append(issue.message);
        if (!problems.isEmpty()) {
            preview.problems.append({ record.line, problems.join(QLatin1Char(' ')) });
            continue;
        }
        preview.rows.append(level);
        preview.lines.append(record.line);
    }
    return preview;
}

bool CsvImport::apply(PlanSession &session, const Preview<PayRecord> &preview, QString *error)
{
    if (!preview.isValid()) {
        *error = tr("Nothing was imported: the file has problems.");
        return false;
    }
    return session.applyBatch(
        tr("Import %1 pay years").arg(preview.rows.size()),
        [&](PlanDatabase &plan, QString *e) {
            PayRepository repository(plan);
            for (PayRecord record : preview.rows) {
                if (!repository.saveRecord(record, e))
                    return false;
            }
            return true;
        },
        error);
}

bool CsvImport::apply(PlanSession &session, int ladderIndex, const Preview<CareerLevel> &preview, QString *error)
{
    if (!preview.isValid() || ladderIndex < 0 || ladderIndex >= session.ladderStore().ladders().size()) {
        *error = tr("Nothing was imported: the file has problems.");
        return false;
    }
    const CareerLadder &ladder = session.ladderStore().ladders().at(ladderIndex);
    return session.applyBatch(
        tr("Import %1 levels into %2").arg(preview.rows.size()).arg(ladder.name),
        [&](PlanDatabase &plan, QString *e) {
            LadderRepository repository(plan);
            int position = int(ladder.levels.size());
            for (CareerLevel level : preview.rows) {
                if (!repository.insertLevel(ladder.id, position++, level, e))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace careerplanner
