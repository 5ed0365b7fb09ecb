#include "ui/skills/GoalsPanel.h"

#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/FilteredRecordList.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/charts/ChartView.h"
#include "ui/skills/CheckInDialog.h"
#include "ui/skills/CheckInModel.h"
#include "ui/skills/GoalDialog.h"
#include "ui/skills/GoalModel.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/RecordTable.h"
#include "ui/skills/SkillCharts.h"
#include "core/skills/SkillCsv.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

GoalsPanel::GoalsPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new GoalModel(session, this))
    , m_checkIns(new CheckInModel(session, this))
    , m_list(new FilteredRecordList(m_model, GoalModel::SearchRole, GoalModel::TagsRole,
                                    { QStringLiteral("goal"), QStringLiteral("goalSkillFilter"),
                                      tr("Search goals and check-in notes"), tr("Skill goals"), tr("&Add Goal…"),
                                      tr("All skills") },
                                    this))
    , m_checkInTable(new QTableView(this))
    , m_chart(new ChartView(this))
    , m_removeCheckIn(new QPushButton(tr("Remove C&heck-in"), this))
{
    m_list->fillTags(session->skillStore().skills());
    QTableView *table = m_list->table();
    RecordTable::configure(table, GoalModel::SkillColumn);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    auto *checkIn = new QPushButton(tr("&Check In…"), this);
    checkIn->setObjectName(QStringLiteral("checkIn"));
    m_list->addRecordButton(checkIn);
    m_checkInTable->setObjectName(QStringLiteral("checkInTable"));
    m_checkInTable->setAccessibleName(tr("Check-ins of the chosen goal"));
    m_checkInTable->setModel(m_checkIns);
    RecordTable::configure(m_checkInTable, CheckInModel::NoteColumn);
    m_chart->setObjectName(QStringLiteral("progressChart"));
    m_removeCheckIn->setObjectName(QStringLiteral("removeCheckIn"));

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    auto *checkIns = new QWidget(this);
    auto *checkInsLayout = new QVBoxLayout(checkIns);
    checkInsLayout->setContentsMargins(0, 0, 0, 0);
    checkInsLayout->addWidget(m_checkInTable);
    checkInsLayout->addWidget(m_removeCheckIn, 0, Qt::AlignLeft);
    bottom->addWidget(checkIns);
    bottom->addWidget(m_chart);
    bottom->setSizes({ 380, 620 });
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(bottom);
    splitter->setSizes({ 300, 420 });
    auto *content = new EmptyStateStack(splitter, tr("Add a &First Goal…"), this);
    content->setObjectName(QStringLiteral("goalsEmpty"));
    content->setGuideSection(QStringLiteral("Skills & stories"));
    content->followRows(m_model, tr("Goals for the skills your next level expects, each with check-ins that rate "
                                    "where you are (1 to 5) and a chart of your progress. Add a first goal for the "
                                    "skill you most want to grow."));
    connect(content->firstStepButton(), &QPushButton::clicked, this, &GoalsPanel::addGoal);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(content);

    connect(m_list, &FilteredRecordList::addRequested, this, &GoalsPanel::addGoal);
    connect(m_list, &FilteredRecordList::editRequested, this, &GoalsPanel::editGoal);
    connect(m_list, &FilteredRecordList::removeRequested, this, &GoalsPanel::removeGoal);
    connect(checkIn, &QPushButton::clicked, this, &GoalsPanel::checkIn);
    connect(m_removeCheckIn, &QPushButton::clicked, this, &GoalsPanel::removeCheckIn);
    const auto updateCheckInButton = [this] { m_removeCheckIn->setEnabled(m_checkInTable->currentIndex().isValid()); };
    connect(m_checkInTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateCheckInButton);
    connect(m_checkIns, &QAbstractItemModel::modelReset, this, updateCheckInButton);
    connect(m_list, &FilteredRecordList::currentChanged, this, &GoalsPanel::showCurrentGoal);
    new PageRefresh(session, PlanPart::Expectations, this,
                    [this](PlanParts) { m_list->fillTags(m_session->skillStore().skills()); });
    if (m_model->rowCount() > 0)
        table->selectRow(0);
    showCurrentGoal();
}

void GoalsPanel::showCurrentGoal()
{
    const int goal = m_list->currentRecord();
    m_checkIns->setGoal(goal);
    const Goal *chosen = goal >= 0 ? &m_session->skillStore().goals().at(goal) : nullptr;
    m_chart->setChartWithToolTips(
        SkillCharts::progress(chosen, chosen ? SkillCsv::skillName(m_session->skillStore().skills(), chosen->skillKey)
                                             : QString()),
        {});
}

void GoalsPanel::showGoal(qint64 id)
{
    m_list->clearFilters();
    selectGoal(id);
    m_list->table()->setFocus(Qt::OtherFocusReason);
}

void GoalsPanel::selectGoal(qint64 id)
{
    // Saving reloads the goals, so the selection is found again by id.
    const QList<Goal> &goals = m_session->skillStore().goals();
    for (int row = 0; row < goals.size(); ++row) {
        if (goals.at(row).id == id)
            return m_list->selectRecord(row);
    }
}

QStringList GoalsPanel::pathLevels() const
{
    QStringList levels;
    const int next = m_session->pathStore().nextStepIndex();
    if (next >= 0) {
        const QList<PathStep> &steps = m_session->pathStore().scenarios().constFirst().steps;
        for (int i = next; i < steps.size(); ++i)
            levels.append(steps.at(i).levelTitle);
    }
    return levels;
}

void GoalsPanel::addGoal()
{
    Goal blank;
    blank.skillKey = m_list->tag();
    const QStringList levels = pathLevels();
    blank.forLevel = levels.value(0); // most goals serve the next promotion
    GoalDialog dialog(blank, m_session->skillStore().skills(), levels, this);
    if (!dialog.execAndSave([&](QString *error) { return m_session->skillStore().saveGoal(dialog.goal(), error); }))
        return;
    qint64 newest = 0;
    for (const Goal &goal : m_session->skillStore().goals())
        newest = std::max(newest, goal.id);
    selectGoal(newest);
}

void GoalsPanel::editGoal()
{
    const int goal = m_list->currentRecord();
    if (goal < 0)
        return;
    GoalDialog dialog(m_session->skillStore().goals().at(goal), m_session->skillStore().skills(), pathLevels(), this);
    if (!dialog.execAndSave([&](QString *error) { return m_session->skillStore().saveGoal(dialog.goal(), error); }))
        return;
    selectGoal(dialog.goal().id);
}

void GoalsPanel::removeGoal()
{
    const int goal = m_list->currentRecord();
    if (goal < 0)
        return;
    const Goal &chosen = m_session->skillStore().goals().at(goal);
    const QString name = SkillCsv::skillName(m_session->skillStore().skills(), chosen.skillKey);
    // Both forms written out: no translation with plural forms is loaded.
    const qsizetype checkIns = chosen.checkIns.size();
    const QString question = checkIns == 0 ? tr("Remove the goal in %1?").arg(name)
                             : checkIns == 1
                                 ? tr("Remove the goal in %1 and its check-in?").arg(name)
                                 : tr("Remove the goal in %1 and its %2 check-ins?").arg(name).arg(checkIns);
    if (QMessageBox::question(this, tr("Remove Goal"), question) != QMessageBox::Yes)
        return;
    CheckedEdit::run(this, tr("Skill Goals"), tr("The goal was not removed."),
                     [&](QString *error) { return m_session->skillStore().removeGoal(goal, error); });
}

void GoalsPanel::checkIn()
{
    const int goal = m_list->currentRecord();
    if (goal < 0)
        return;
    Goal changed = m_session->skillStore().goals().at(goal);
    CheckIn blank;
    if (changed.current())
        blank.proficiency = *changed.current();
    CheckInDialog dialog(SkillCsv::skillName(m_session->skillStore().skills(), changed.skillKey), blank,
                         m_session->pathStore().ladderStart(), this);
    const Goal before = changed;
    if (!dialog.execAndSave([&](QString *error) {
            changed = before;
            changed.checkIns.append(dialog.checkIn());
            return m_session->skillStore().saveGoal(changed, error);
        }))
        return;
    selectGoal(changed.id);
}

void GoalsPanel::removeCheckIn()
{
    const int goal = m_list->currentRecord();
    const QModelIndex checkIn = m_checkInTable->currentIndex();
    if (goal < 0 || !checkIn.isValid())
        return;
    Goal changed = m_session->skillStore().goals().at(goal);
    const CheckIn &removed = changed.checkIns.at(checkIn.row());
    if (QMessageBox::question(this, tr("Remove Check-in"),
                              tr("Remove the check-in of %1 (rated %2)?")
                                  .arg(QLocale().toString(removed.date, QLocale::ShortFormat))
                                  .arg(removed.proficiency))
        != QMessageBox::Yes)
        return;
    changed.checkIns.removeAt(checkIn.row());
    CheckedEdit::run(this, tr("Skill Goals"), tr("The check-in was not removed."),
                     [&](QString *error) { return m_session->skillStore().saveGoal(changed, error); });
    selectGoal(changed.id);
}

} // namespace careerplanner
