#include "core/io/PlanJson.h"

#include "core/base/JsonReader.h"
#include "core/base/JsonStrictness.h"
#include "core/base/Money.h"
#include "core/applications/ApplicationJson.h"
#include "core/conversations/ConversationJson.h"
#include "core/interviews/DraftRepository.h"
#include "core/interviews/InterviewJson.h"
#include "core/interviews/PracticeRepository.h"
#include "core/interviews/QuestionBank.h"
#include "core/interviews/QuestionRepository.h"
#include "core/ladders/LadderJson.h"
#include "core/ladders/LadderRepository.h"
#include "core/path/PathJson.h"
#include "core/path/PathRepository.h"
#include "core/pay/ExchangeRateRepository.h"
#include "core/pay/PayJson.h"
#include "core/pay/PayRepository.h"
#include "core/promotion/CaseChoiceJson.h"
#include "core/promotion/CaseChoiceRepository.h"
#include "core/skills/SkillCatalog.h"
#include "core/skills/SkillJson.h"
#include "core/skills/SkillRepository.h"
#include "core/stories/StoryJson.h"
#include "core/stories/StoryRepository.h"
#include "core/io/PlanDateCheck.h"
#include "core/plan/PlanFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace careerplanner {

namespace {

const QString kFormatName = QStringLiteral("careerplanner-plan");

} // namespace

QByteArray PlanJson::toJson(const PlanContent &content)
{
    QJsonArray ladders;
    for (const CareerLadder &ladder : content.ladders)
        ladders.append(LadderJson::toJson(ladder));
    QJsonArray packages;
    for (const PayPackage &package : content.payPackages)
        packages.append(PayJson::packageToJson(package));
    QJsonArray history;
    for (const PayRecord &record : content.payHistory)
        history.append(PayJson::recordToJson(record));
    QJsonArray rates;
    for (const ExchangeRate &rate : content.exchangeRates)
        rates.append(PayJson::rateToJson(rate));
    QJsonArray scenarios;
    for (const Scenario &scenario : content.scenarios)
        scenarios.append(PathJson::scenarioToJson(scenario));
    QJsonArray promotions;
    for (const Promotion &promotion : content.promotions)
        promotions.append(PathJson::promotionToJson(promotion));
    QJsonArray skills;
    for (const Skill &skill : content.skills)
        skills.append(SkillJson::skillToJson(skill));
    QJsonArray goals;
    for (const Goal &goal : content.goals)
        goals.append(SkillJson::goalToJson(goal));
    QJsonArray stories;
    for (const Story &story : content.stories)
        stories.append(StoryJson::toJson(story));
    const QJsonObject root {
        { QStringLiteral("format"), kFormatName },
        { QStringLiteral("skills"), skills },
        { QStringLiteral("skillMatrix"), SkillJson::matrixToJson(content.skillMatrix) },
        { QStringLiteral("goals"), goals },
        { QStringLiteral("stories"), stories },
        { QStringLiteral("interviews"),
          InterviewJson::sectionToJson({ content.questions, content.attempts, content.drafts }, content.stories) },
        { QStringLiteral("applications"), ApplicationJson::toJson(content.applications, content.questions) },
        { QStringLiteral("conversations"),
          ConversationJson::toJson(content.conversations, content.ownPath(), content.goals) },
        { QStringLiteral("promotionCases"), CaseChoiceJson::toJson(content.caseChoices, content.ownPath(),
                                                                   content.stories, content.conversations.feedback) },
        { QStringLiteral("profile"), PathJson::profileToJson(content.profile) },
        { QStringLiteral("scenarios"), scenarios },
        { QStringLiteral("promotions"), promotions },
        { QStringLiteral("formatVersion"), FormatVersion },
        { QStringLiteral("name"), content.name },
        { QStringLiteral("ladders"), ladders },
        { QStringLiteral("payPackages"), packages },
        { QStringLiteral("payHistory"), history },
        { QStringLiteral("exchangeRates"), rates },
        { QStringLiteral("displayCurrency"), content.displayCurrency },
        { QStringLiteral("assumptions"),
          QJsonObject { { QStringLiteral("enabled"), content.adjustment.enabled },
                        { QStringLiteral("locationBasisPoints"), content.adjustment.locationBasisPoints },
                        { QStringLiteral("locationLabel"), content.adjustment.locationLabel },
                        { QStringLiteral("businessUnitBasisPoints"), content.adjustment.businessUnitBasisPoints },
                        { QStringLiteral("businessUnitLabel"), content.adjustment.businessUnitLabel } } }
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool PlanJson::exportPlan(PlanDatabase &plan, QByteArray *json, QString *error)
{
    PlanContent content;
    if (!load(plan, &content, error))
        return false;
    *json = toJson(content);
    return true;
}

bool PlanJson::load(PlanDatabase &plan, PlanContent *contentOut, QString *error)
{
    LadderRepository repository(plan);
    PlanContent &content = *contentOut;
    content.name = repository.planInfo(QStringLiteral("name"));
    if (!repository.loadAll(&content.ladders, error))
        return false;
    PayRepository pay(plan);
    if (!pay.loadPackages(&content.payPackages, error) || !pay.loadHistory(&content.payHistory, error))
        return false;
    content.adjustment = repository.adjustment();
    ExchangeRateRepository rates(plan);
    content.displayCurrency = rates.displayCurrency();
    if (!rates.load(&content.exchangeRates, error))
        return false;
    PathRepository career(plan);
    content.profile = career.loadProfile();
    SkillRepository skills(plan);
    QHash<qint64, CaseChoices> choices;
    const bool loaded
        = career.loadScenarios(&content.scenarios, error) && career.loadPromotions(&content.promotions, error)
          && skills.loadSkills(&content.skills, error) && skills.loadMatrix(&content.skillMatrix, error)
          && skills.loadGoals(&content.goals, error) && StoryRepository(plan).load(&content.stories, error)
          && QuestionRepository(plan).load(&content.questions, error)
          && PracticeRepository(plan).load(&content.attempts, error)
          && DraftRepository(plan).load(&content.drafts, error)
          && ApplicationRecords::load(plan, &content.applications, error)
          && ConversationRecords::load(plan, &content.conversations, error)
          && CaseChoiceRepository(plan).load(&choices, error);
    content.caseChoices = CaseChoiceJson::byPlace(choices, content.ownPath());
    return loaded;
}

bool PlanJson::parse(const QByteArray &json, PlanContent *content, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON (at byte %1: %2)").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QString strictness = JsonStrictness::problem(json);
    if (!strictness.isEmpty()) {
        *error = QStringLiteral("not accepted as JSON (%1)").arg(strictness);
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("not a Career Planner export (the top level is not an object)");
        return false;
    }
    const QJsonObject object = document.object();
    JsonReader reader(object, QString(), error);
    if (reader.string(QStringLiteral("format"), true) != kFormatName) {
        reader.fail(QStringLiteral("not a Career Planner export (“format” is not “%1”)").arg(kFormatName));
        return false;
    }
    const auto version = reader.integer(QStringLiteral("formatVersion"), 1, 1'000'000, true);
    if (version && *version > FormatVersion) {
        reader.fail(QStringLiteral("made by a newer Career Planner (format %1; this version reads up to %2)")
                        .arg(*version)
                        .arg(FormatVersion));
        return false;
    }
    content->name = reader.string(QStringLiteral("name"));
    QSet<QString> names;
    content->ladders.clear();
    reader.forEachObject(QStringLiteral("ladders"), [&](const QJsonObject &item, const QString &itemPath) {
        CareerLadder ladder;
        if (!LadderJson::fromJson(item, itemPath, &ladder, error))
            return;
        if (names.contains(ladder.name)) {
            reader.fail(QStringLiteral("%1: a second ladder is called “%2”").arg(itemPath, ladder.name));
            return;
        }
        names.insert(ladder.name);
        content->ladders.append(ladder);
    });
    QSet<QString> packageNames;
    content->payPackages.clear();
    reader.forEachObject(QStringLiteral("payPackages"), [&](const QJsonObject &item, const QString &itemPath) {
        PayPackage package;
        if (!PayJson::packageFromJson(item, itemPath, &package, error))
            return;
        if (packageNames.contains(package.name)) {
            reader.fail(QStringLiteral("%1: a second package is called “%2”").arg(itemPath, package.name));
            return;
        }
        packageNames.insert(package.name);
        content->payPackages.append(package);
    });
    content->adjustment = BandAdjustment();
    if (const auto assumptions = reader.object(QStringLiteral("assumptions"))) {
        JsonReader adjustmentReader(*assumptions, QStringLiteral("assumptions"), error);
        BandAdjustment &adjustment = content->adjustment;
        adjustment.enabled = adjustmentReader.boolean(QStringLiteral("enabled"));
        adjustment.locationBasisPoints
            = static_cast<int>(adjustmentReader.integer(QStringLiteral("locationBasisPoints"), 0, 1'000'000)
                                   .value_or(BandAdjustment::Neutral));
        adjustment.locationLabel = adjustmentReader.string(QStringLiteral("locationLabel"));
        adjustment.businessUnitBasisPoints
            = static_cast<int>(adjustmentReader.integer(QStringLiteral("businessUnitBasisPoints"), 0, 1'000'000)
                                   .value_or(BandAdjustment::Neutral));
        adjustment.businessUnitLabel = adjustmentReader.string(QStringLiteral("businessUnitLabel"));
        if (adjustmentReader.finish() && !adjustment.validate().isEmpty())
            adjustmentReader.fail(adjustment.validate());
    }
    content->exchangeRates.clear();
    QSet<QString> pairs; // "INR/USD", whichever way round a rate is given
    reader.forEachObject(QStringLiteral("exchangeRates"), [&](const QJsonObject &item, const QString &itemPath) {
        ExchangeRate rate;
        if (!PayJson::rateFromJson(item, itemPath, &rate, error))
            return;
        const QString pair = std::min(rate.from, rate.to) + QLatin1Char('/') + std::max(rate.from, rate.to);
        if (pairs.contains(pair)) {
            reader.fail(QStringLiteral("%1: a second rate between %2 and %3").arg(itemPath, rate.from, rate.to));
            return;
        }
        pairs.insert(pair);
        content->exchangeRates.append(rate);
    });
    content->displayCurrency = reader.string(QStringLiteral("displayCurrency"));
    if (reader.ok() && !content->displayCurrency.isEmpty() && !Money::isCurrencyCode(content->displayCurrency))
        reader.fail(
            QStringLiteral("displayCurrency: “%1” is not a three-letter currency code").arg(content->displayCurrency));
    content->profile = Profile();
    if (const auto profile = reader.object(QStringLiteral("profile")))
        PathJson::profileFromJson(*profile, QStringLiteral("profile"), &content->profile, error);
    content->scenarios.clear();
    reader.forEachObject(QStringLiteral("scenarios"), [&](const QJsonObject &item, const QString &itemPath) {
        Scenario scenario;
        if (PathJson::scenarioFromJson(item, itemPath, &scenario, error))
            content->scenarios.append(scenario);
    });
    content->skills.clear();
    reader.forEachObject(QStringLiteral("skills"), [&](const QJsonObject &item, const QString &itemPath) {
        Skill skill;
        if (SkillJson::skillFromJson(item, itemPath, &skill, error))
            content->skills.append(skill);
    });
    content->skillMatrix.clear();
    if (const auto matrix = reader.object(QStringLiteral("skillMatrix"));
        matrix && reader.ok()
        && SkillJson::matrixFromJson(*matrix, QStringLiteral("skillMatrix"), &content->skillMatrix, error)) {
        // Every row must belong to a level of the file: a row that matched nothing would be
        // dropped without a word.
        for (auto ladder = content->skillMatrix.constBegin(); ladder != content->skillMatrix.constEnd() && reader.ok();
             ++ladder) {
            for (auto level = ladder->constBegin(); level != ladder->constEnd(); ++level) {
                const bool found
                    = std::any_of(content->ladders.cbegin(), content->ladders.cend(), [&](const CareerLadder &l) {
                          return l.name == ladder.key()
                                 && std::any_of(l.levels.cbegin(), l.levels.cend(),
                                                [&](const CareerLevel &v) { return v.title == level.key(); });
                      });
                if (!found) {
                    reader.fail(
                        QStringLiteral("skillMatrix: no level “%1” on the ladder “%2”").arg(level.key(), ladder.key()));
                    break;
                }
            }
        }
    }
    // A file from before skills existed gets the reference catalogue, like a new plan, with
    // the expectations of the levels it has (its ladders may be renamed, or none at all).
    if (!object.contains(QStringLiteral("skills")) && reader.ok()) {
        if (!SkillCatalog::load(&content->skills, &content->skillMatrix, error))
            return false;
        for (auto ladder = content->skillMatrix.begin(); ladder != content->skillMatrix.end();) {
            const auto held = std::find_if(content->ladders.cbegin(), content->ladders.cend(),
                                           [&](const CareerLadder &l) { return l.name == ladder.key(); });
            for (auto level = ladder->begin(); level != ladder->end();) {
                const bool kept = held != content->ladders.cend()
                                  && std::any_of(held->levels.cbegin(), held->levels.cend(),
                                                 [&](const CareerLevel &v) { return v.title == level.key(); });
                level = kept ? std::next(level) : ladder->erase(level);
            }
            ladder = ladder->isEmpty() ? content->skillMatrix.erase(ladder) : std::next(ladder);
        }
    }
    content->goals.clear();
    reader.forEachObject(QStringLiteral("goals"), [&](const QJsonObject &item, const QString &itemPath) {
        Goal goal;
        if (SkillJson::goalFromJson(item, itemPath, &goal, error))
            content->goals.append(goal);
    });
    content->stories.clear();
    reader.forEachObject(QStringLiteral("stories"), [&](const QJsonObject &item, const QString &itemPath) {
        Story story;
        if (StoryJson::fromJson(item, itemPath, &story, error))
            content->stories.append(story);
    });
    for (int i = 0; i < content->stories.size(); ++i)
        content->stories[i].id = i + 1; // the attempts name them by their places
    InterviewJson::Section interviews;
    if (const auto section = reader.object(QStringLiteral("interviews"))) {
        InterviewJson::sectionFromJson(*section, QStringLiteral("interviews"), content->skills,
                                       int(content->stories.size()), &interviews, error);
    } else if (version && *version < 7 && reader.ok()) {
        // Exports from before the question bank: the plan gets it, as a migrated plan does.
        QList<Skill> reference;
        SkillMatrix unused;
        if (SkillCatalog::load(&reference, &unused, error)
            && QuestionBank::load(&interviews.questions, reference, error))
            QuestionBank::keepTagsOf(&interviews.questions, content->skills);
        for (int i = 0; i < interviews.questions.size(); ++i)
            interviews.questions[i].id = i + 1; // as the places of an export's questions
    }
    content->questions = interviews.questions;
    content->attempts = interviews.attempts;
    content->drafts = interviews.drafts;
    if (version && *version >= 8) // before, the key is unknown and refused
        ApplicationJson::fromJson(reader, QStringLiteral("applications"), content->skills,
                                  int(content->questions.size()), &content->applications, error);
    if (version && *version >= 9) { // agreed actions name milestones and goals by ids here
        content->numberMilestonesAndGoals();
        ConversationJson::fromJson(reader, QStringLiteral("conversations"), content->skills, content->ownPath(),
                                   content->goals, &content->conversations, error);
    }
    content->caseChoices.clear();
    for (qsizetype i = 0; i < content->conversations.feedback.size(); ++i)
        content->conversations.feedback[i].id = i + 1; // the case choices name them by their places
    if (version && *version >= 10)
        CaseChoiceJson::fromJson(reader, QStringLiteral("promotionCases"), content->ownPath(), content->stories,
                                 content->conversations.feedback, &content->caseChoices, error);
    content->promotions.clear();
    reader.forEachObject(QStringLiteral("promotions"), [&](const QJsonObject &item, const QString &itemPath) {
        Promotion promotion;
        if (!PathJson::promotionFromJson(item, itemPath, &promotion, error))
            return;
        content->promotions.append(promotion);
    });
    // The level held now is the level of the latest promotion: the two must agree.
    const auto latest = std::max_element(content->promotions.cbegin(), content->promotions.cend(),
                                         [](const Promotion &a, const Promotion &b) { return a.date < b.date; });
    if (latest != content->promotions.cend() && !content->profile.levelTitle.isEmpty()
        && (latest->ladderName != content->profile.ladderName || latest->levelTitle != content->profile.levelTitle))
        reader.fail(QStringLiteral("profile: it holds %1 (%2), but the latest promotion, on %3, is to %4 (%5)")
                        .arg(content->profile.levelTitle, content->profile.ladderName,
                             latest->date.toString(Qt::ISODate), latest->levelTitle, latest->ladderName));
    QSet<int> years;
    content->payHistory.clear();
    reader.forEachObject(QStringLiteral("payHistory"), [&](const QJsonObject &item, const QString &itemPath) {
        PayRecord record;
        if (!PayJson::recordFromJson(item, itemPath, &record, error))
            return;
        if (years.contains(record.year)) {
            reader.fail(QStringLiteral("%1: the year %2 is there twice").arg(itemPath).arg(record.year));
            return;
        }
        years.insert(record.year);
        content->payHistory.append(record);
    });
    if (reader.ok())
        PlanDateCheck::refuseFuture(*content, QDate::currentDate(), reader);
    return reader.finish();
}

std::unique_ptr<PlanDatabase> PlanJson::importPlan(const QByteArray &json, const QString &path, QString *error)
{
    PlanContent content;
    if (!parse(json, &content, error))
        return nullptr;
    return PlanFactory::create(path, content, error);
}

} // namespace careerplanner
