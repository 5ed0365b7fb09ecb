#include "ui/skills/GoalModel.h"

#include "core/plan/PlanSession.h"
#include "core/skills/SkillCsv.h"

#include <QLocale>

namespace careerplanner {

GoalModel::GoalModel(PlanSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session->skillStore(), &SkillStore::goalsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int GoalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_session->skillStore().goals().size());
}

int GoalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant GoalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkillColumn:
        return tr("Skill");
    case TargetColumn:
        return tr("Target");
    case CurrentColumn:
        return tr("Now");
    case DueColumn:
        return tr("Due");
    case LevelColumn:
        return tr("For");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace careerplanner
