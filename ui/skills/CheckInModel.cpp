#include "ui/skills/CheckInModel.h"

#include "core/plan/PlanSession.h"

#include <QLocale>

namespace careerplanner {

CheckInModel::CheckInModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Date"), tr("Rating"), tr("Note") }, parent)
    , m_session(session)
{
    connect(&session->skillStore(), &SkillStore::goalsChanged, this, [this] {
        beginResetModel();
        if (m_goal >= m_session->skillStore().goals().size())
            m_goal = -1;
        endResetModel();
    });
}

void CheckInModel::setGoal(int goalIndex)
{
    beginResetModel();
    m_goal = goalIndex >= 0 && goalIndex < m_session->skillStore().goals().size() ? goalIndex : -1;
    endResetModel();
}

int CheckInModel::recordCount() const
{
    return m_goal < 0 ? 0 : static_cast<int>(m_session->skillStore().goals().at(m_goal).checkIns.size());
}

QVariant CheckInModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckIn &checkIn = m_session->skillStore().goals().at(m_goal).checkIns.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(checkIn.date, QLocale::ShortFormat);
        case ProficiencyColumn:
            return checkIn.proficiency;
        case NoteColumn:
            return checkIn.note;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == ProficiencyColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return checkIn.note;
    return {};
}

} // namespace careerplanner
