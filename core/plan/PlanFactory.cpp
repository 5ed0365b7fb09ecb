#include "core/plan/PlanFactory.h"

#include "core/plan/PlanRules.h"
#include "core/interviews/DraftRepository.h"
#include "core/interviews/PracticeRepository.h"
#include "core/interviews/QuestionBank.h"
#include "core/interviews/QuestionRepository.h"
#include "core/ladders/LadderRepository.h"
#include "core/path/PathRepository.h"
#include "core/pay/ExchangeRateRepository.h"
#include "core/pay/PayRepository.h"
#include "core/promotion/CaseChoiceRepository.h"
#include "core/ladders/ReferenceLadders.h"
#include "core/plan/SamplePlan.h"
#include "core/skills/SkillCatalog.h"
#include "core/skills/SkillRepository.h"
#include "core/stories/StoryRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace careerplanner {

namespace {

// given's milestone ids (the content's) to stored's (the plan's), milestone by milestone.
void mapMilestoneIds(const Scenario &given, const Scenario &stored, QHash<qint64, qint64> *ids)
{
    for (qsizetype s = 0; s < given.steps.size() && s < stored.steps.size(); ++s) {
        const QList<Milestone> &from = given.steps.at(s).milestones;
        const QList<Milestone> &to = stored.steps.at(s).milestones;
        for (qsizetype m = 0; m < from.size() && m < to.size(); ++m) {
            if (from.at(m).id != 0)
                ids->insert(from.at(m).id, to.at(m).id);
        }
    }
}

// The content's ids of milestones, stories and quotes to the plan's.
struct ItemIds
{
    QHash<qint64, qint64> milestones;
    QHash<qint64, qint64> stories;
    QHash<qint64, qint64> feedback;
};

// The case choices, once the own path's steps and what the choices name are in the plan.
bool insertCaseChoices(PlanDatabase &plan, const QMap<int, CaseChoices> &choices, const QList<PathStep> &ownPath,
                       const ItemIds &ids, QString *error)
{
    CaseChoiceRepository repository(plan);
    for (auto step = choices.constBegin(); step != choices.constEnd() && step.key() < ownPath.size(); ++step) {
        QMap<QString, CaseChoices> byCriterion;
        for (CaseChoice choice : step.value()) {
            const QHash<qint64, qint64> &plans = choice.kind == CaseEvidence::Kind::Milestone ? ids.milestones
                                                 : choice.kind == CaseEvidence::Kind::Story   ? ids.stories
                                                                                              : ids.feedback;
            choice.itemId = plans.value(choice.itemId);
            if (choice.itemId != 0)
                byCriterion[choice.criterion].append(choice);
        }
        for (auto criterion = byCriterion.constBegin(); criterion != byCriterion.constEnd(); ++criterion) {
            if (!repository.replace(ownPath.at(step.key()).id, criterion.key(), criterion.value(), error))
                return false;
        }
    }
    return true;
}

// The bank, the practice and the drafts, then the applications whose stages ask questions.
bool insertInterviews(PlanDatabase &plan, const PlanContent &content, const QHash<qint64, qint64> &storyIds,
                      QString *error)
{
    QList<Question> questions = content.questions;
    if (!QuestionRepository(plan).insertAll(&questions, error))
        return false;
    QHash<qint64, qint64> questionIds;
    for (int i = 0; i < questions.size(); ++i) {
        if (content.questions.at(i).id != 0)
            questionIds.insert(content.questions.at(i).id, questions.at(i).id);
    }
    PracticeRepository practice(plan);
    const QDate today = QDate::currentDate();
    for (PracticeAttempt attempt : content.attempts) {
        attempt.id = 0;
        attempt.questionId = questionIds.value(attempt.questionId);
        attempt.storyId = storyIds.value(attempt.storyId);
        if (!practice.save(attempt, today, error)) {
            *error
                = QStringLiteral("practice attempt of %1: %2").arg(attempt.practisedOn.toString(Qt::ISODate), *error);
            return false;
        }
    }
    DraftRepository drafts(plan);
    for (WritingDraft draft : content.drafts) {
        draft.id = 0;
        if (!drafts.save(draft, error)) {
            *error = QStringLiteral("draft “%1”: %2").arg(draft.title, *error);
            return false;
        }
    }
    return ApplicationRecords::insert(plan, content.applications, content.skills, questionIds, error);
}

} // namespace

std::unique_ptr<PlanDatabase> PlanFactory::create(const QString &path, const PlanContent &content, QString *error)
{
    return PlanDatabase::create(
        path,
        [&content](PlanDatabase &plan, QString *populateError) {
            LadderRepository repository(plan);
            if (!repository.setPlanInfo(QStringLiteral("name"), content.name, populateError)
                || (content.adjustment != BandAdjustment()
                    && !repository.setAdjustment(content.adjustment, populateError)))
                return false;
            for (CareerLadder ladder : content.ladders) {
                if (!repository.insertLadder(ladder, populateError)) {
                    *populateError = QStringLiteral("ladder “%1”: %2").arg(ladder.name, *populateError);
                    return false;
                }
            }
            PayRepository pay(plan);
            for (PayPackage package : content.payPackages) {
                if (!pay.insertPackage(package, populateError)) {
                    *populateError = QStringLiteral("package “%1”: %2").arg(package.name, *populateError);
                    return false;
                }
            }
            for (PayRecord record : content.payHistory) {
                if (!pay.saveRecord(record, populateError)) {
                    *populateError = QStringLiteral("pay history %1: %2").arg(record.year).arg(*populateError);
                    return false;
                }
            }
            ExchangeRateRepository rates(plan);
            for (ExchangeRate rate : content.exchangeRates) {
                if (!rates.insert(rate, populateError)) {
                    *populateError
                        = QStringLiteral("exchange rate %1 to %2: %3").arg(rate.from, rate.to, *populateError);
                    return false;
                }
            }
            if (!content.displayCurrency.isEmpty() && !rates.setDisplayCurrency(content.displayCurrency, populateError))
                return false;
            PathRepository career(plan);
            if (!content.profile.isEmpty() && !career.saveProfile(content.profile, populateError))
                return false;
            QHash<qint64, qint64> milestoneIds; // the content's ids to the plan's
            QList<PathStep> ownPath; // as stored, with the plan's ids
            for (const Scenario &given : content.scenarios) {
                Scenario scenario = given;
                if (!career.insertScenario(scenario, content.ladders, populateError)) {
                    *populateError = QStringLiteral("scenario “%1”: %2").arg(scenario.name, *populateError);
                    return false;
                }
                mapMilestoneIds(given, scenario, &milestoneIds);
                if (&given == &content.scenarios.constFirst() && scenario.primary)
                    ownPath = scenario.steps;
            }
            for (Promotion promotion : content.promotions) {
                if (!career.insertPromotion(promotion, populateError))
                    return false;
            }
            SkillRepository skills(plan);
            if (!skills.insertSkills(content.skills, content.skillMatrix, populateError))
                return false;
            QHash<qint64, qint64> goalIds;
            for (Goal goal : content.goals) {
                const qint64 contentId = std::exchange(goal.id, 0);
                if (!skills.saveGoal(goal, content.skills, populateError))
                    return false;
                if (contentId != 0)
                    goalIds.insert(contentId, goal.id);
            }
            StoryRepository stories(plan);
            QHash<qint64, qint64> storyIds; // the content's ids to the plan's
            for (Story story : content.stories) {
                const qint64 contentId = std::exchange(story.id, 0);
                if (!stories.save(story, content.skills, populateError)) {
                    *populateError = QStringLiteral("story “%1”: %2").arg(story.title, *populateError);
                    return false;
                }
                if (contentId != 0)
                    storyIds.insert(contentId, story.id);
            }
            QHash<qint64, qint64> feedbackIds;
            return insertInterviews(plan, content, storyIds, populateError)
                   && ConversationRecords::insert(plan, content.conversations, content.skills, milestoneIds, goalIds,
                                                  &feedbackIds, populateError)
                   && insertCaseChoices(plan, content.caseChoices, ownPath, { milestoneIds, storyIds, feedbackIds },
                                        populateError);
        },
        PlanRules::upkeep(), error);
}

bool PlanFactory::referenceContent(const QString &name, PlanContent *content, QString *error)
{
    *content = PlanContent();
    content->name = name;
    return ReferenceLadders::load(&content->ladders, error)
           && SkillCatalog::load(&content->skills, &content->skillMatrix, error)
           && QuestionBank::load(&content->questions, content->skills, error);
}

std::unique_ptr<PlanDatabase> PlanFactory::createWithReferenceLadders(const QString &path, QString *error)
{
    PlanContent content;
    if (!referenceContent(QFileInfo(path).completeBaseName(), &content, error))
        return nullptr;
    return create(path, content, error);
}

std::unique_ptr<PlanDatabase> PlanFactory::createSample(const QString &path, QString *error)
{
    PlanContent content;
    if (!SamplePlan::build(&content, error))
        return nullptr;
    return create(path, content, error);
}

QString PlanFactory::defaultPlanPath()
{
    // ~/.local/share/careerplanner, whatever the organisation and application names say.
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/careerplanner");
    return QDir(folder).filePath(QStringLiteral("My career plan.%1").arg(PlanDatabase::fileExtension()));
}

std::unique_ptr<PlanDatabase> PlanFactory::openOrCreateDefault(QString *error, PlanDatabase::ContentCheck check)
{
    const QString path = defaultPlanPath();
    return openOrCreate(
        path, [&path](QString *e) { return createWithReferenceLadders(path, e); }, error, check);
}

QString PlanFactory::samplePlanPath()
{
    return QFileInfo(defaultPlanPath())
        .dir()
        .filePath(QStringLiteral("Sample plan.%1").arg(PlanDatabase::fileExtension()));
}

std::unique_ptr<PlanDatabase> PlanFactory::openOrCreateSample(QString *error)
{
    const QString path = samplePlanPath();
    return openOrCreate(
        path, [&path](QString *e) { return createSample(path, e); }, error,
        PlanDatabase::ContentCheck::BeforeReturning);
}

std::unique_ptr<PlanDatabase> PlanFactory::openOrCreate(
    const QString &path, const std::function<std::unique_ptr<PlanDatabase>(QString *)> &create, QString *error,
    PlanDatabase::ContentCheck check)
{
    if (QFileInfo::exists(path))
        return PlanDatabase::open(path, PlanRules::upkeep(), error, check);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("PlanFactory", "Cannot create the folder %1.").arg(folder);
        return nullptr;
    }
    // The folder holds nothing but the user's plans and their backups: keep others out.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return create(error);
}

} // namespace careerplanner
