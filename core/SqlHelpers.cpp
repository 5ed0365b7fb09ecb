#include "SqlHelpers.h"

#include "CareerLadder.h"
#include "PlanFileGuard.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

namespace careerplanner::sql {

QString describe(const QSqlError &failure, const QSqlDriver *driver)
{
    const QString refusal = PlanFileGuard::refusal(driver);
    if (!refusal.isEmpty())
        return refusal;
    // SQLITE_FULL (13): the disk, or the file's size limit, has no room for the change.
    if (failure.nativeErrorCode() == QLatin1String("13"))
        return QCoreApplication::translate("sql", "The disk is full, so the change was not saved; the plan is as "
                                                  "it was before it. Free some space and try again.");
    return failure.text();
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    // A statement outside a transaction commits by itself, so the guard may refuse it.
    *error = describe(query.lastError(), query.driver());
    return false;
}

QVariant date(const QDate &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value.toString(Qt::ISODate));
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

bool insertTexts(QSqlDatabase db, const QString &table, const QString &ownerColumn, qint64 ownerId,
                 const QString &kind, const QStringList &texts, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO %1 (%2, kind, position, text) VALUES (?, ?, ?, ?)")
                      .arg(table, ownerColumn));
    for (int i = 0; i < texts.size(); ++i) {
        query.addBindValue(ownerId);
        query.addBindValue(kind);
        query.addBindValue(i);
        query.addBindValue(text(texts.at(i)));
        if (!exec(query, error))
            return false;
    }
    return true;
}

namespace {

QStringList *ladderList(CareerLadder &ladder, const QString &kind)
{
    if (kind == QLatin1String("note"))
        return &ladder.notes;
    if (kind == QLatin1String("promotion_criterion"))
        return &ladder.promotionCriteria;
    return nullptr;
}

QStringList *levelList(CareerLevel &level, const QString &kind)
{
    if (kind == QLatin1String("alternative_title"))
        return &level.alternativeTitles;
    if (kind == QLatin1String("responsibility"))
        return &level.responsibilities;
    if (kind == QLatin1String("requirement"))
        return &level.requirements;
    if (kind == QLatin1String("to_advance"))
        return &level.toAdvance;
    return nullptr;
}

bool run(QSqlQuery &query, const QString &statement, QString *error)
{
    query.setForwardOnly(true);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

// A handful of whole-table queries stitched together by id, rather than a query per level:
// loading stays flat however many ladders a plan holds.
bool loadLadders(QSqlDatabase db, QList<CareerLadder> *ladders, QString *error)
{
    ladders->clear();
    QHash<qint64, int> ladderIndex;
    QHash<qint64, QPair<int, int>> levelIndex; // level id -> (ladder index, level index)
    QSqlQuery q(db);

    if (!run(q, QStringLiteral("SELECT id, name, company, description, is_reference, source_file, "
                               "source_section FROM ladder ORDER BY position"), error))
        return false;
    while (q.next()) {
        CareerLadder ladder;
        ladder.id = q.value(0).toLongLong();
        ladder.name = q.value(1).toString();
        ladder.company = q.value(2).toString();
        ladder.description = q.value(3).toString();
        ladder.reference = q.value(4).toInt() != 0;
        ladder.source = {q.value(5).toString(), q.value(6).toString()};
        ladderIndex.insert(ladder.id, static_cast<int>(ladders->size()));
        ladders->append(ladder);
    }

    if (!run(q, QStringLiteral("SELECT ladder_id, kind, text FROM ladder_item ORDER BY ladder_id, kind, position"),
             error))
        return false;
    while (q.next()) {
        if (QStringList *list = ladderList((*ladders)[ladderIndex.value(q.value(0).toLongLong())],
                                           q.value(1).toString()))
            list->append(q.value(2).toString());
    }

    if (!run(q, QStringLiteral("SELECT ladder_id, name, duration_minutes, format, topics FROM interview_stage "
                               "ORDER BY ladder_id, position"), error))
        return false;
    while (q.next()) {
        InterviewStage stage;
        stage.name = q.value(1).toString();
        stage.durationMinutes = optionalValue<int>(q.value(2));
        stage.format = q.value(3).toString();
        const QString topics = q.value(4).toString();
        stage.topics = topics.isEmpty() ? QStringList() : topics.split(QLatin1Char('\n'));
        (*ladders)[ladderIndex.value(q.value(0).toLongLong())].interviewStages.append(stage);
    }

    if (!run(q, QStringLiteral("SELECT id, ladder_id, title, level_code, summary, years_at_level_min, "
                               "years_at_level_max, years_at_level_open, experience_min, experience_max, "
                               "experience_open, less_common, source_file, source_section "
                               "FROM level ORDER BY ladder_id, position"), error))
        return false;
    while (q.next()) {
        CareerLevel level;
        level.id = q.value(0).toLongLong();
        level.title = q.value(2).toString();
        level.levelCode = q.value(3).toString();
        level.summary = q.value(4).toString();
        level.yearsAtLevel = {optionalValue<int>(q.value(5)), optionalValue<int>(q.value(6)),
                              q.value(7).toInt() != 0};
        level.experienceYears = {optionalValue<int>(q.value(8)), optionalValue<int>(q.value(9)),
                                 q.value(10).toInt() != 0};
        level.lessCommon = q.value(11).toInt() != 0;
        level.source = {q.value(12).toString(), q.value(13).toString()};
        const int li = ladderIndex.value(q.value(1).toLongLong());
        QList<CareerLevel> &levels = (*ladders)[li].levels;
        levelIndex.insert(level.id, {li, static_cast<int>(levels.size())});
        levels.append(level);
    }
    const auto levelFor = [&](qint64 id) -> CareerLevel & {
        const QPair<int, int> at = levelIndex.value(id);
        return (*ladders)[at.first].levels[at.second];
    };

    if (!run(q, QStringLiteral("SELECT level_id, kind, text FROM level_item ORDER BY level_id, kind, position"),
             error))
        return false;
    while (q.next()) {
        if (QStringList *list = levelList(levelFor(q.value(0).toLongLong()), q.value(1).toString()))
            list->append(q.value(2).toString());
    }

    if (!run(q, QStringLiteral("SELECT level_id, title, path, summary FROM level_branch ORDER BY level_id, position"),
             error))
        return false;
    while (q.next())
        levelFor(q.value(0).toLongLong()).branches.append({q.value(1).toString(), q.value(2).toString(),
                                                            q.value(3).toString()});

    if (!run(q, QStringLiteral("SELECT level_id, kind, minimum, maximum, open_ended, currency, source_file, "
                               "source_section FROM salary_band ORDER BY level_id, kind"), error))
        return false;
    while (q.next()) {
        SalaryBand band;
        band.kind = SalaryBand::kindFromKey(q.value(1).toString()).value_or(SalaryBand::Kind::Base);
        band.minimum = q.value(2).toLongLong();
        band.maximum = optionalValue<qint64>(q.value(3));
        band.openEnded = q.value(4).toInt() != 0;
        band.currency = q.value(5).toString();
        band.source = {q.value(6).toString(), q.value(7).toString()};
        levelFor(q.value(0).toLongLong()).bands.append(band);
    }
    return true;
}

} // namespace careerplanner::sql
