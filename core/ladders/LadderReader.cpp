#include "core/ladders/LadderReader.h"

#include "core/storage/SqlHelpers.h"
#include "core/storage/SqliteRows.h"

#include <QHash>
#include <QPair>

namespace careerplanner {

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

} // namespace

// A handful of whole-table queries stitched together by id, rather than a query per level:
// loading stays flat however many ladders a plan holds.
bool LadderReader::loadAll(QSqlDatabase db, QList<CareerLadder> *ladders, QString *error)
{
    // Through SQLite's own API (SqliteRows): a large plan's levels, texts and bands are
    // thousands of rows, read before the window first shows.
    ladders->clear();
    QHash<qint64, int> ladderIndex;
    QHash<qint64, QPair<int, int>> levelIndex; // level id -> (ladder index, level index)

    SqliteRows ladderRows(db, "SELECT id, name, company, description, is_reference, source_file, source_section "
                              "FROM ladder ORDER BY position");
    while (ladderRows.next()) {
        CareerLadder ladder;
        ladder.id = ladderRows.int64(0);
        ladder.name = ladderRows.text(1);
        ladder.company = ladderRows.text(2);
        ladder.description = ladderRows.text(3);
        ladder.reference = ladderRows.integer(4) != 0;
        ladder.source = { ladderRows.text(5), ladderRows.text(6) };
        ladderIndex.insert(ladder.id, static_cast<int>(ladders->size()));
        ladders->append(ladder);
    }
    if (!ladderRows.finished(error))
        return false;

    SqliteRows ladderItems(db, "SELECT ladder_id, kind, text FROM ladder_item ORDER BY ladder_id, kind, position");
    while (ladderItems.next()) {
        if (QStringList *list = ladderList((*ladders)[ladderIndex.value(ladderItems.int64(0))], ladderItems.text(1)))
            list->append(ladderItems.text(2));
    }
    if (!ladderItems.finished(error))
        return false;

    SqliteRows stages(db, "SELECT ladder_id, name, duration_minutes, format, topics FROM interview_stage "
                          "ORDER BY ladder_id, position");
    while (stages.next()) {
        InterviewStage stage;
        stage.name = stages.text(1);
        stage.durationMinutes = stages.optionalInteger(2);
        stage.format = stages.text(3);
        const QString topics = stages.text(4);
        stage.topics = topics.isEmpty() ? QStringList() : topics.split(QLatin1Char('\n'));
        (*ladders)[ladderIndex.value(stages.int64(0))].interviewStages.append(stage);
    }
    if (!stages.finished(error))
        return false;

    SqliteRows levelRows(db, "SELECT id, ladder_id, title, level_code, summary, years_at_level_min, "
                             "years_at_level_max, years_at_level_open, experience_min, experience_max, "
                             "experience_open, less_common, source_file, source_section "
                             "FROM level ORDER BY ladder_id, position");
    while (levelRows.next()) {
        CareerLevel level;
        level.id = levelRows.int64(0);
        level.title = levelRows.text(2);
        level.levelCode = levelRows.text(3);
        level.summary = levelRows.text(4);
        level.yearsAtLevel = { levelRows.optionalInteger(5), levelRows.optionalInteger(6), levelRows.integer(7) != 0 };
        level.experienceYears
            = { levelRows.optionalInteger(8), levelRows.optionalInteger(9), levelRows.integer(10) != 0 };
        level.lessCommon = levelRows.integer(11) != 0;
        level.source = { levelRows.text(12), levelRows.text(13) };
        const int li = ladderIndex.value(levelRows.int64(1));
        QList<CareerLevel> &levels = (*ladders)[li].levels;
        levelIndex.insert(level.id, { li, static_cast<int>(levels.size()) });
        levels.append(level);
    }
    if (!levelRows.finished(error))
        return false;
    const auto levelFor = [&](qint64 id) -> CareerLevel & {
        const QPair<int, int> at = levelIndex.value(id);
        return (*ladders)[at.first].levels[at.second];
    };

    SqliteRows levelItems(db, "SELECT level_id, kind, text FROM level_item ORDER BY level_id, kind, position");
    while (levelItems.next()) {
        if (QStringList *list = levelList(levelFor(levelItems.int64(0)), levelItems.text(1)))
            list->append(levelItems.text(2));
    }
    if (!levelItems.finished(error))
        return false;

    SqliteRows branches(db, "SELECT id, level_id, title, path, summary FROM level_branch ORDER BY level_id, position");
    QHash<qint64, QPair<qint64, int>> branchIndex; // branch id -> (level id, branch index)
    while (branches.next()) {
        QList<LevelBranch> &list = levelFor(branches.int64(1)).branches;
        branchIndex.insert(branches.int64(0), { branches.int64(1), static_cast<int>(list.size()) });
        list.append({ branches.text(2), branches.text(3), branches.text(4), {}, {} });
    }
    if (!branches.finished(error))
        return false;

    // A plan of schema version 5 or older, read without migrating it, has no branch items.
    bool present = false;
    if (!sql::hasTable(db, QStringLiteral("branch_item"), &present, error))
        return false;
    if (present) {
        SqliteRows branchItems(db, "SELECT branch_id, kind, text FROM branch_item ORDER BY branch_id, kind, position");
        while (branchItems.next()) {
            const QPair<qint64, int> at = branchIndex.value(branchItems.int64(0));
            LevelBranch &branch = levelFor(at.first).branches[at.second];
            (branchItems.text(1) == QLatin1String("expectation") ? branch.expectations : branch.milestones)
                .append(branchItems.text(2));
        }
        if (!branchItems.finished(error))
            return false;
    }

    SqliteRows bands(db, "SELECT level_id, kind, minimum, maximum, open_ended, currency, source_file, source_section "
                         "FROM salary_band ORDER BY level_id, kind");
    while (bands.next()) {
        SalaryBand band;
        band.kind = SalaryBand::kindFromKey(bands.text(1)).value_or(SalaryBand::Kind::Base);
        band.minimum = bands.int64(2);
        band.maximum = bands.isNull(3) ? std::nullopt : std::optional<qint64>(bands.int64(3));
        band.openEnded = bands.integer(4) != 0;
        band.currency = bands.text(5);
        band.source = { bands.text(6), bands.text(7) };
        levelFor(bands.int64(0)).bands.append(band);
    }
    return bands.finished(error);
}

} // namespace careerplanner
