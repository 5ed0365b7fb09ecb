#include "ui/path/PathStepsTab.h"

#include "core/plan/PlanSession.h"
#include "ui/path/MilestoneDialog.h"
#include "ui/path/MilestoneModel.h"
#include "ui/path/MilestoneStatusDelegate.h"
#include "ui/path/PathStepModel.h"
#include "ui/path/StepEditDialog.h"
#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

PathStepsTab::PathStepsTab(PlanSession *session, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_session(session)
    , m_steps(new PathStepModel(session, this))
    , m_milestones(new MilestoneModel(session, this))
    , m_stepTable(new QTableView(this))
    , m_milestoneTable(new QTableView(this))
    , m_editStep(new QPushButton(tr("&Edit Step…"), this))
    , m_addMilestone(new QPushButton(tr("&Add Milestone…"), this))
    , m_removeMilestone(new QPushButton(tr("Remove &Milestone"), this))
{
    m_stepTable->setObjectName(QStringLiteral("stepTable"));
    m_stepTable->setAccessibleName(tr("Path steps"));
    m_stepTable->setModel(m_steps);
    RecordTable::configure(m_stepTable, PathStepModel::LevelColumn);
    m_milestoneTable->setObjectName(QStringLiteral("milestoneTable"));
    m_milestoneTable->setAccessibleName(tr("Milestones of the selected step"));
    m_milestoneTable->setModel(m_milestones);
    auto *dates = new QStyledItemDelegate(this); // due and done dates typed whole, like the forms'
    dates->setItemEditorFactory(DateField::editorFactory());
    m_milestoneTable->setItemDelegate(dates);
    m_milestoneTable->setItemDelegateForColumn(MilestoneModel::StatusColumn, new MilestoneStatusDelegate(this));
    m_milestoneTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                      | QAbstractItemView::SelectedClicked);
    m_milestoneTable->verticalHeader()->hide();
    m_milestoneTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_milestoneTable->horizontalHeader()->setSectionResizeMode(MilestoneModel::TitleColumn, QHeaderView::Stretch);
    m_milestoneTable->horizontalHeader()->setSectionResizeMode(MilestoneModel::EvidenceColumn, QHeaderView::Stretch);

    m_editStep->setObjectName(QStringLiteral("editStep"));
    m_addMilestone->setObjectName(QStringLiteral("addMilestone"));
    m_removeMilestone->setObjectName(QStringLiteral("removeMilestone"));
    connect(m_editStep, &QPushButton::clicked, this, &PathStepsTab::editStep);
    connect(m_stepTable, &QTableView::doubleClicked, this, &PathStepsTab::editStep);
    connect(m_addMilestone, &QPushButton::clicked, this, &PathStepsTab::addMilestone);
    connect(m_removeMilestone, &QPushButton::clicked, this, &PathStepsTab::removeMilestone);
    connect(m_milestones, &MilestoneModel::editRefused, this, [this](const QString &reason) {
        CheckedEdit::tell(this, tr("My Path"), tr("The milestone was not changed."), reason);
    });
    connect(m_stepTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PathStepsTab::showStep);
    connect(m_milestoneTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PathStepsTab::updateButtons);
    connect(m_steps, &QAbstractItemModel::modelReset, this, &PathStepsTab::updateButtons);
    connect(m_milestones, &QAbstractItemModel::modelReset, this, &PathStepsTab::updateButtons);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_stepTable);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_editStep);
    stepButtons->addStretch();
    topLayout->addLayout(stepButtons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("Milestones that make the case for the selected step (double-click to edit; "
                                  "overdue ones in red):"),
                               bottom);
    caption->setWordWrap(true); // a long caption must not widen the window
    bottomLayout->addWidget(caption);
    bottomLayout->addWidget(m_milestoneTable);
    auto *milestoneButtons = new QHBoxLayout;
    milestoneButtons->addWidget(m_addMilestone);
    milestoneButtons->addWidget(m_removeMilestone);
    milestoneButtons->addStretch();
    bottomLayout->addLayout(milestoneButtons);
    addWidget(top);
    addWidget(bottom);
    updateButtons();
}

void PathStepsTab::setScenario(int index)
{
    m_scenario = index;
    m_steps->setScenario(index);
    // Open on the next promotion: the step the user works towards.
    if (m_steps->rowCount() > 1)
        m_stepTable->selectRow(1);
    showStep();
}

void PathStepsTab::selectStep(int step, int milestone)
{
    if (step >= 0 && step < m_steps->rowCount())
        m_stepTable->selectRow(step);
    if (milestone >= 0 && milestone < m_milestones->rowCount()) {
        m_milestoneTable->selectRow(milestone);
        m_milestoneTable->setFocus(Qt::OtherFocusReason);
    } else {
        m_stepTable->setFocus(Qt::OtherFocusReason);
    }
}

void PathStepsTab::showStep()
{
    const QModelIndex current = m_stepTable->currentIndex();
    m_milestones->setStep(m_scenario, current.isValid() ? current.row() : -1);
    updateButtons();
}

void PathStepsTab::updateButtons()
{
    const bool step = m_stepTable->currentIndex().isValid() && m_steps->rowCount() > 0;
    m_editStep->setEnabled(step);
    m_addMilestone->setEnabled(step);
    m_removeMilestone->setEnabled(step && m_milestoneTable->currentIndex().isValid() && m_milestones->rowCount() > 0);
}

void PathStepsTab::editStep()
{
    const int index = m_scenario;
    const QModelIndex current = m_stepTable->currentIndex();
    if (index < 0 || !current.isValid())
        return;
    const PathStore &path = m_session->pathStore();
    const Scenario &scenario = path.scenarios().at(index);
    StepEditDialog dialog(scenario, current.row(), PathStore::heldStepIndex(scenario.steps, path.profile()),
                          m_session->ladderStore().ladders(), this);
    const int row = current.row();
    if (!dialog.execAndSave([&](QString *error) {
            return m_session->pathStore().replaceScenario(index, dialog.scenario(), error,
                                                          tr("Edit step %1").arg(scenario.steps.at(row).levelTitle));
        }))
        return;
    m_stepTable->selectRow(row);
}

void PathStepsTab::addMilestone()
{
    const int index = m_scenario;
    const QModelIndex current = m_stepTable->currentIndex();
    if (index < 0 || !current.isValid())
        return;
    const int row = current.row();
    const PathStep &step = m_session->pathStore().scenarios().at(index).steps.at(row);
    MilestoneDialog dialog(step.levelTitle, step.targetDate, this);
    if (!dialog.execAndSave([&](QString *error) {
            Scenario scenario = m_session->pathStore().scenarios().at(index);
            scenario.steps[row].milestones.append(dialog.milestone());
            return m_session->pathStore().replaceScenario(
                index, scenario, error,
                tr("Add milestone “%1” to %2").arg(dialog.milestone().title, scenario.steps.at(row).levelTitle));
        }))
        return;
    m_stepTable->selectRow(row);
}

void PathStepsTab::removeMilestone()
{
    const int index = m_scenario;
    const QModelIndex step = m_stepTable->currentIndex();
    const QModelIndex milestone = m_milestoneTable->currentIndex();
    if (index < 0 || !step.isValid() || !milestone.isValid())
        return;
    Scenario scenario = m_session->pathStore().scenarios().at(index);
    const QString removed = scenario.steps.at(step.row()).milestones.at(milestone.row()).title;
    scenario.steps[step.row()].milestones.removeAt(milestone.row());
    const int row = step.row();
    if (!CheckedEdit::run(this, tr("My Path"), tr("The milestone was not removed."), [&](QString *error) {
            return m_session->pathStore().replaceScenario(
                index, scenario, error,
                tr("Remove milestone “%1” from %2").arg(removed, scenario.steps.at(row).levelTitle));
        }))
        return;
    m_stepTable->selectRow(row);
}

} // namespace careerplanner
