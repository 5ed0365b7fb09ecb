#include "ui/skills/GoalDialog.h"

#include "ui/widgets/DateField.h"
#include "ui/widgets/TypedRangeBox.h"
#include "core/skills/SkillRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace careerplanner {

GoalDialog::GoalDialog(const Goal &goal, const QList<Skill> &skills, const QStringList &pathLevels, QWidget *parent)
    : CheckedDialog(parent)
    , m_result(goal)
    , m_skills(skills)
    , m_skill(new QComboBox(this))
    , m_target(new TypedRangeSpinBox(1, 5, this)) // 9 typed is refused with the reason
    , m_hasDue(new QCheckBox(tr("&By"), this))
    , m_due(new DateField(this))
    , m_level(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_notes(new QPlainTextEdit(goal.notes, this))
{
    setWindowTitle(goal.id == 0 ? tr("Add Skill Goal") : tr("Edit Skill Goal"));
    m_skill->setObjectName(QStringLiteral("goalSkill"));
    m_skill->addItem(tr("(choose a skill)"));
    for (const Skill &skill : skills) {
        const QString label
            = skill.kind == Skill::Kind::Skill ? skill.name : tr("%1 (Leadership Principle)").arg(skill.name);
        m_skill->addItem(label, skill.key);
        m_skill->setItemData(m_skill->count() - 1, skill.description, Qt::ToolTipRole);
    }
    m_skill->setCurrentIndex(std::max(0, m_skill->findData(goal.skillKey)));
    m_target->setObjectName(QStringLiteral("goalTarget"));
    m_target->setValue(goal.target);
    m_target->setToolTip(tr("1 = learning, 3 = does it unaided, 5 = sets the bar for others"));
    m_hasDue->setChecked(goal.dueDate.isValid());
    m_due->setObjectName(QStringLiteral("goalDue"));
    m_due->setDate(goal.dueDate.isValid() ? goal.dueDate : QDate::currentDate().addMonths(6));
    m_due->setEnabled(m_hasDue->isChecked());
    m_level->addItem(tr("(no level)"), QString());
    for (const QString &level : pathLevels)
        m_level->addItem(level, level);
    if (!goal.forLevel.isEmpty() && m_level->findData(goal.forLevel) < 0)
        m_level->addItem(goal.forLevel, goal.forLevel);
    m_level->setCurrentIndex(std::max(0, m_level->findData(goal.forLevel)));
    for (Goal::Status status :
         { Goal::Status::Active, Goal::Status::Achieved, Goal::Status::Paused, Goal::Status::Dropped })
        m_status->addItem(Goal::statusToDisplayName(status), static_cast<int>(status));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(goal.status)));
    m_notes->setTabChangesFocus(true);
    messageLabel()->setObjectName(QStringLiteral("goalMessage"));

    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Skill:"), m_skill);
    form->addRow(tr("&Target proficiency (1-5):"), m_target);
    form->addRow(tr("Due:"), due);
    form->addRow(tr("For &level:"), m_level);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(messageLabel());
    form->addRow(buttons());

    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_hasDue, &QCheckBox::toggled, this, &GoalDialog::validate);
    connect(m_skill, &QComboBox::currentIndexChanged, this, &GoalDialog::validate);
    connect(m_target, &QSpinBox::valueChanged, this, &GoalDialog::validate);
    connect(m_due, &QDateEdit::dateChanged, this, &GoalDialog::validate);
    connect(m_level, &QComboBox::currentIndexChanged, this, &GoalDialog::validate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &GoalDialog::validate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &GoalDialog::validate);
    validate();
}

void GoalDialog::validate()
{
    Goal goal = m_result;
    goal.skillKey = m_skill->currentData().toString();
    goal.target = m_target->value();
    goal.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    goal.forLevel = m_level->currentData().toString();
    goal.status = static_cast<Goal::Status>(m_status->currentData().toInt());
    goal.notes = m_notes->toPlainText();
    const QString problem = SkillRepository::validateGoal(goal, m_skills);
    showCheck(problem);
    if (problem.isEmpty())
        m_result = goal;
}

} // namespace careerplanner
