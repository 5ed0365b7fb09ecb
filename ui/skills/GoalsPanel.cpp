#include "ui/skills/GoalsPanel.h"

#include "ui/widgets/CheckedEdit.h"
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
#include "ui/widgets/TextTagFilterModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
    , m_filter(new TextTagFilterModel(GoalModel::SearchRole, GoalModel::TagsRole, this))
    , m_checkIns(new CheckInModel(session, this))
    , m_search(new QLineEdit(this))
    , m_skillFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_checkInTable(new QTableView(this))
    , m_chart(new ChartView(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_checkIn(new QPushButton(tr("&Check In…"), this))
    , m_removeCheckIn(new QPushButton(tr("Remove C&heck-in"), this))
{
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("goalSearch"));
    m_search->setPlaceholderText(tr("Search goals and check-in notes"));
    m_search->setClearButtonEnabled(true);
    m_skillFilter->setObjectName(QStringLiteral("goalSkillFilter"));
    fillSkillFilter();
    m_table->setObjectName(QStringLiteral("goalTable"));
    m_table->setAccessibleName(tr("Skill goals"));
    m_table->setModel(m_filter);
    RecordTable::configure(m_table, GoalModel::SkillColumn);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_checkInTable->setObjectName(QStringLiteral("checkInTable"));
    m_checkInTable->setAccessibleName(tr("Check-ins of the chosen goal"));
    m_checkInTable->setModel(m_checkIns);
    RecordTable::configure(m_checkInTable, CheckInModel::NoteColumn);
    m_chart->setObjectName(QStringLiteral("progressChart"));
    auto *add = new QPushButton(tr("&Add Goal…"), this);
    add->setObjectName(QStringLiteral("addGoal"));
    m_edit->setObjectName(QStringLiteral("editGoal"));
    m_remove->setObjectName(QStringLiteral("removeGoal"));
    m_checkIn->setObjectName(QStringLiteral("checkIn"));
    m_removeCheckIn->setObjectName(QStringLiteral("removeCheckIn"));

    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_skillFilter, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { add, m_edit, m_remove, m_checkIn })
        buttons->addWidget(button);
    buttons->addStretch();
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table);
    topLayout->addLayout(buttons);
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
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setSizes({ 300, 420 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_filter, &TextTagFilterModel::setSearchText);
    connect(m_skillFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_skillFilter->currentData().toString()); });
    connect(add, &QPushButton::clicked, this, &GoalsPanel::addGoal);
    connect(m_edit, &QPushButton::clicked, this, &GoalsPanel::editGoal);
    connect(m_remove, &QPushButton::clicked, this, &GoalsPanel::removeGoal);
    connect(m_checkIn, &QPushButton::clicked, this, &GoalsPanel::checkIn);
    connect(m_removeCheckIn, &QPushButton::clicked, this, &GoalsPanel::removeCheckIn);
    connect(m_table, &QTableView::doubleClicked, this, &GoalsPanel::editGoal);
    const auto updateCheckInButton = [this] { m_removeCheckIn->setEnabled(m_checkInTable->currentIndex().isValid()); };
    connect(m_checkInTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateCheckInButton);
    connect(m_checkIns, &QAbstractItemModel::modelReset, this, updateCheckInButton);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GoalsPanel::showCurrentGoal);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &GoalsPanel::showCurrentGoal);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &GoalsPanel::showCurrentGoal);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &GoalsPanel::showCurrentGoal);
    new PageRefresh(session, PlanPart::Expectations, this, [this](PlanParts) { fillSkillFilter(); });
    if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    showCurrentGoal();
}

void GoalsPanel::fillSkillFilter()
{
    const QString chosen = m_skillFilter->currentData().toString();
    const QSignalBlocker blocker(m_skillFilter);
    m_skillFilter->clear();
    m_skillFilter->addItem(tr("All skills"), QString());
    for (const Skill &skill : m_session->skillStore().skills())
        m_skillFilter->addItem(skill.name, skill.key);
    m_skillFilter->setCurrentIndex(std::max(0, m_skillFilter->findData(chosen)));
}

int GoalsPanel::currentGoal() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void GoalsPanel::showCurrentGoal()
{
    const int goal = currentGoal();
    m_edit->setEnabled(goal >= 0);
    m_remove->setEnabled(goal >= 0);
    m_checkIn->setEnabled(goal >= 0);
    m_checkIns->setGoal(goal);
    const Goal *chosen = goal >= 0 ? &m_session->skillStore().goals().at(goal) : nullptr;
    m_chart->setChartWithToolTips(
        SkillCharts::progress(chosen, chosen ? SkillCsv::skillName(m_session->skillStore().skills(), chosen->skillKey)
                                             : QString()),
        {});
}

void GoalsPanel::showGoal(qint64 id)
{
    m_search->clear();
    m_skillFilter->setCurrentIndex(0);
    selectGoal(id);
    m_table->setFocus(Qt::OtherFocusReason);
}

void GoalsPanel::selectGoal(qint64 id)
{
    // Saving reloads the goals, so the selection is found again by id.
    const QList<Goal> &goals = m_session->skillStore().goals();
    for (int row = 0; row < goals.size(); ++row) {
        if (goals.at(row).id != id)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_table->selectRow(index.row());
        return;
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
    blank.skillKey = m_skillFilter->currentData().toString();
    const QStringList levels = pathLevels();
    blank.forLevel = levels.value(0); // most goals serve the next promotion
    GoalDialog dialog(blank, m_session->skillStore().skills(), levels, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!CheckedEdit::run(this, tr("Skill Goals"), tr("The goal was not added."),
                          [&](QString *error) { return m_session->skillStore().saveGoal(dialog.goal(), error); }))
        return;
    qint64 newest = 0;
    for (const Goal &goal : m_session->skillStore().goals())
        newest = std::max(newest, goal.id);
    selectGoal(newest);
}

void GoalsPanel::editGoal()
{
    const int goal = currentGoal();
    if (goal < 0)
        return;
    GoalDialog dialog(m_session->skillStore().goals().at(goal), m_session->skillStore().skills(), pathLevels(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CheckedEdit::run(this, tr("Skill Goals"), tr("The goal was not changed."),
                     [&](QString *error) { return m_session->skillStore().saveGoal(dialog.goal(), error); });
    selectGoal(dialog.goal().id);
}

void GoalsPanel::removeGoal()
{
    const int goal = currentGoal();
    if (goal < 0)
        return;
    const Goal &chosen = m_session->skillStore().goals().at(goal);
    const QString name = SkillCsv::skillName(m_session->skillStore().skills(), chosen.skillKey);
    if (QMessageBox::question(
            this, tr("Remove Goal"),
            tr("Remove the goal in %1 and its %n check-in(s)?", nullptr, static_cast<int>(chosen.checkIns.size()))
                .arg(name))
        != QMessageBox::Yes)
        return;
    CheckedEdit::run(this, tr("Skill Goals"), tr("The goal was not removed."),
                     [&](QString *error) { return m_session->skillStore().removeGoal(goal, error); });
}

void GoalsPanel::checkIn()
{
    const int goal = currentGoal();
    if (goal < 0)
        return;
    Goal changed = m_session->skillStore().goals().at(goal);
    CheckIn blank;
    if (changed.current())
        blank.proficiency = *changed.current();
    CheckInDialog dialog(SkillCsv::skillName(m_session->skillStore().skills(), changed.skillKey), blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed.checkIns.append(dialog.checkIn());
    CheckedEdit::run(this, tr("Skill Goals"), tr("The check-in was not recorded."),
                     [&](QString *error) { return m_session->skillStore().saveGoal(changed, error); });
    selectGoal(changed.id);
}

void GoalsPanel::removeCheckIn()
{
    const int goal = currentGoal();
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
