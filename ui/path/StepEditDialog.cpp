#include "ui/path/StepEditDialog.h"

#include "core/base/HappenedDate.h"
#include "core/path/PathPlanner.h"
#include "core/path/PathValidator.h"
#include "ui/widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace careerplanner {

namespace {

QSpinBox *monthsBox(QWidget *parent, int value, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 600);
    box->setSuffix(QObject::tr(" months"));
    box->setValue(value);
    return box;
}

} // namespace

StepEditDialog::StepEditDialog(const Scenario &scenario, int step, int heldStep, const QList<CareerLadder> &ladders,
                               QWidget *parent)
    : CheckedDialog(parent)
    , m_original(scenario)
    , m_result(scenario)
    , m_step(step)
    , m_held(step == heldStep)
    , m_ladders(ladders)
{
    const PathStep &current = scenario.steps.at(step);
    setWindowTitle(tr("Edit Step — %1").arg(current.levelTitle));
    m_date = new DateField(current.targetDate, this);
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_min = monthsBox(this, current.timeAtLevel.minimumMonths, QStringLiteral("monthsMin"));
    m_likely = monthsBox(this, current.timeAtLevel.likelyMonths, QStringLiteral("monthsLikely"));
    m_max = monthsBox(this, current.timeAtLevel.maximumMonths, QStringLiteral("monthsMax"));
    m_branch = new QComboBox(this);
    m_branch->setObjectName(QStringLiteral("stepBranch"));
    const CareerLevel *level = PathValidator::findLevel(ladders, current.ladderName, current.levelTitle);
    if (level) {
        for (const LevelBranch &branch : level->branches)
            m_branch->addItem(branch.title, branch.path);
    }
    m_branch->setEnabled(m_branch->count() > 0);
    m_branch->setCurrentIndex(std::max(0, m_branch->findData(current.branch)));
    m_moveLater = new QCheckBox(tr("Move the later steps along, keeping their most likely times"), this);
    m_moveLater->setObjectName(QStringLiteral("moveLater"));
    m_moveLater->setChecked(true);
    messageLabel()->setObjectName(QStringLiteral("stepError"));

    auto *form = new QFormLayout(this);
    form->addRow(m_held ? tr("&Held since:") : tr("&Reached on:"), m_date);
    auto *times = new QHBoxLayout;
    times->addWidget(m_min);
    times->addWidget(m_likely);
    times->addWidget(m_max);
    auto *timesLabel = new QLabel(tr("&Time at level (fewest, most likely, most):"), this);
    timesLabel->setBuddy(m_min); // a label of a row of fields shows its "&" unless it has a buddy
    form->addRow(timesLabel, times);
    form->addRow(tr("&Branch:"), m_branch);
    form->addRow(QString(), m_moveLater);
    form->addRow(messageLabel());
    form->addRow(buttons());

    connect(m_date, &QDateEdit::dateChanged, this, &StepEditDialog::validate);
    for (QSpinBox *box : { m_min, m_likely, m_max })
        connect(box, &QSpinBox::valueChanged, this, &StepEditDialog::validate);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &StepEditDialog::validate);
    connect(m_moveLater, &QCheckBox::toggled, this, &StepEditDialog::validate);
    validate();
}

void StepEditDialog::validate()
{
    Scenario scenario = m_original;
    PathStep &step = scenario.steps[m_step];
    step.timeAtLevel = { m_min->value(), m_likely->value(), m_max->value() };
    PathPlanner::moveStep(scenario, m_step, m_date->date(), m_moveLater->isChecked());
    QString note;
    const CareerLevel *level = PathValidator::findLevel(m_ladders, step.ladderName, step.levelTitle);
    if (level && m_branch->isEnabled() && m_branch->currentData().toString() != step.branch) {
        PathPlanner::changeBranch(scenario, m_step, *level, m_branch->currentData().toString(), m_held);
        if (!m_held)
            note = tr("The open milestones of the old branch make way for those of %1.").arg(m_branch->currentText());
    }
    QString problem = PathValidator::validateScenario(scenario, m_ladders);
    if (problem.isEmpty() && m_held)
        problem = HappenedDate::problem(HappenedDate::Kind::LevelStart, step.targetDate, QDate::currentDate());
    showCheck(problem, note);
    if (problem.isEmpty())
        m_result = scenario;
}

} // namespace careerplanner
