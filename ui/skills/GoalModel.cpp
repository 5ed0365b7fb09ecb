#include "ui/skills/GoalModel.h"

#include "core/plan/PlanSession.h"
#include "core/skills/SkillCsv.h"

#include <QLocale>

namespace careerplanner {

GoalModel::GoalModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Skill"), tr("Target"), tr("Now"), tr("Due"), tr("For"), tr("Status") }, parent)
    , m_session(session)
{
    resetOn(&session->skillStore(), &SkillStore::goalsChanged);
}

int GoalModel::recordCount() const
{
    return static_cast<int>(m_session->skillStore().goals().size());
}

QVariant GoalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Goal &goal = m_session->skillStore().goals().at(index.row());
    const QString skill = SkillCsv::skillName(m_session->skillStore().skills(), goal.skillKey);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SkillColumn:
            return skill;
        case TargetColumn:
            return goal.target;
        case CurrentColumn:
            return goal.current() ? QVariant(*goal.current()) : QVariant(QStringLiteral("—"));
        case DueColumn:
            return goal.dueDate.isValid() ? QLocale().toString(goal.dueDate, QLocale::ShortFormat) : QString();
        case LevelColumn:
            return goal.forLevel;
        case StatusColumn:
            return Goal::statusToDisplayName(goal.status);
        }
        return {};
    case Qt::ToolTipRole:
        return goal.notes;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == TargetColumn || index.column() == CurrentColumn
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    case SearchRole: {
        QStringList text { skill, goal.notes, goal.forLevel, Goal::statusToDisplayName(goal.status) };
        for (const CheckIn &checkIn : goal.checkIns)
            text.append(checkIn.note);
        return text.join(QLatin1Char('\n'));
    }
    case TagsRole:
        return QStringList { goal.skillKey };
    default:
        return {};
    }
}

} // namespace careerplanner
