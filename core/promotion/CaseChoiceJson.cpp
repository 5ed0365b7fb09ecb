#include "core/promotion/CaseChoiceJson.h"

#include "core/base/JsonReader.h"
#include "core/path/PathJson.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace careerplanner {

namespace {

template<typename Item> int placeOf(const QList<Item> &items, qint64 id)
{
    const auto found = std::find_if(items.cbegin(), items.cend(), [&](const Item &item) { return item.id == id; });
    return found == items.cend() ? -1 : int(found - items.cbegin());
}

// The piece as the export names it; an empty object when it is no longer in the plan.
QJsonObject pieceToJson(const CaseChoice &choice, const QList<PathStep> &path, const QList<Story> &stories,
                        const QList<FeedbackQuote> &feedback)
{
    QJsonObject object;
    switch (choice.kind) {
    case CaseEvidence::Kind::Milestone:
        if (const QJsonObject place = PathJson::milestonePlace(path, choice.itemId); !place.isEmpty())
            object.insert(QStringLiteral("milestone"), place);
        break;
    case CaseEvidence::Kind::Story:
        if (const int place = placeOf(stories, choice.itemId); place >= 0)
            object.insert(QStringLiteral("story"), place);
        break;
    case CaseEvidence::Kind::Feedback:
        if (const int place = placeOf(feedback, choice.itemId); place >= 0)
            object.insert(QStringLiteral("feedback"), place);
        break;
    }
    if (!object.isEmpty())
        object.insert(QStringLiteral("included"), choice.included);
    return object;
}

// One piece as the file names it, named by the content's ids; false after a problem.
bool pieceFromJson(JsonReader &reader, const QList<PathStep> &path, const QList<Story> &stories,
                   const QList<FeedbackQuote> &feedback, CaseChoice *choice, QString *error)
{
    int named = 0;
    if (const auto milestone = PathJson::milestoneAt(reader, QStringLiteral("milestone"), path, error)) {
        ++named;
        choice->kind = CaseEvidence::Kind::Milestone;
        choice->itemId = *milestone;
    }
    if (const auto story = reader.integer(QStringLiteral("story"), 0, qMax(0, int(stories.size()) - 1))) {
        ++named;
        choice->kind = CaseEvidence::Kind::Story;
        choice->itemId = *story < stories.size() ? stories.at(int(*story)).id : 0;
    }
    if (const auto quote = reader.integer(QStringLiteral("feedback"), 0, qMax(0, int(feedback.size()) - 1))) {
        ++named;
        choice->kind = CaseEvidence::Kind::Feedback;
        choice->itemId = *quote < feedback.size() ? feedback.at(int(*quote)).id : 0;
    }
    choice->included = reader.boolean(QStringLiteral("included"));
    if (reader.ok() && (named != 1 || choice->itemId == 0))
        reader.fail(QStringLiteral("must name one milestone, story or feedback quote of the file"));
    return reader.finish();
}

} // namespace

QJsonArray CaseChoiceJson::toJson(const QMap<int, CaseChoices> &choices, const QList<PathStep> &path,
                                  const QList<Story> &stories, const QList<FeedbackQuote> &feedback)
{
    QJsonArray cases;
    for (auto step = choices.constBegin(); step != choices.constEnd(); ++step) {
        QStringList criteria; // in the order they come
        for (const CaseChoice &choice : step.value()) {
            if (!criteria.contains(choice.criterion))
                criteria.append(choice.criterion);
        }
        for (const QString &criterion : criteria) {
            QJsonArray evidence;
            for (const CaseChoice &choice : step.value()) {
                if (choice.criterion != criterion)
                    continue;
                if (const QJsonObject piece = pieceToJson(choice, path, stories, feedback); !piece.isEmpty())
                    evidence.append(piece);
            }
            if (!evidence.isEmpty())
                cases.append(QJsonObject { { QStringLiteral("step"), step.key() },
                                           { QStringLiteral("criterion"), criterion },
                                           { QStringLiteral("evidence"), evidence } });
        }
    }
    return cases;
}

void CaseChoiceJson::fromJson(JsonReader &root, const QString &key, const QList<PathStep> &path,
                              const QList<Story> &stories, const QList<FeedbackQuote> &feedback,
                              QMap<int, CaseChoices> *choices, QString *error)
{
    choices->clear();
    QSet<QPair<int, QString>> seen;
    root.forEachObject(key, [&](const QJsonObject &item, const QString &itemPath) {
        JsonReader reader(item, itemPath, error);
        const auto step = reader.integer(QStringLiteral("step"), 0, qMax(0, int(path.size()) - 1), true);
        const QString criterion = reader.string(QStringLiteral("criterion"), true);
        if (reader.ok() && path.isEmpty())
            reader.fail(QStringLiteral("the file has no path for a case"));
        if (reader.ok() && (criterion.isEmpty() || criterion.size() > MaximumCaseCriterionLength))
            reader.fail(QStringLiteral("a criterion has 1 to %1 characters").arg(MaximumCaseCriterionLength));
        if (reader.ok() && seen.contains({ int(*step), criterion }))
            reader.fail(QStringLiteral("a second entry for “%1” of step %2").arg(criterion.left(60)).arg(*step));
        CaseChoices pieces;
        reader.forEachObject(QStringLiteral("evidence"), [&](const QJsonObject &piece, const QString &piecePath) {
            JsonReader pieceReader(piece, piecePath, error);
            CaseChoice choice;
            choice.criterion = criterion;
            if (!pieceFromJson(pieceReader, path, stories, feedback, &choice, error))
                return;
            const bool again = std::any_of(pieces.cbegin(), pieces.cend(), [&](const CaseChoice &c) {
                return c.kind == choice.kind && c.itemId == choice.itemId;
            });
            if (again)
                pieceReader.fail(QStringLiteral("this piece is there twice for the criterion"));
            else
                pieces.append(choice);
        });
        if (reader.finish() && step) {
            seen.insert({ int(*step), criterion });
            (*choices)[int(*step)].append(pieces);
        }
    });
}

QMap<int, CaseChoices> CaseChoiceJson::byPlace(const QHash<qint64, CaseChoices> &byStepId, const QList<PathStep> &path)
{
    QMap<int, CaseChoices> byStep;
    for (int step = 0; step < path.size(); ++step) {
        const auto found = byStepId.constFind(path.at(step).id);
        if (found != byStepId.constEnd() && path.at(step).id != 0)
            byStep.insert(step, found.value());
    }
    return byStep;
}

} // namespace careerplanner
