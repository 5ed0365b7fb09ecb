#include "ui/conversations/AgreedActionModel.h"

#include "core/plan/PlanSession.h"
#include "core/skills/SkillCsv.h"

namespace careerplanner {

AgreedActionModel::AgreedActionModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Agreed action"), tr("On the plan as") }, parent)
    , m_session(session)
{
    resetOn(&session->conversationStore(), &ConversationStore::conversationsChanged);
    resetOn(&session->pathStore(), &PathStore::scenariosChanged);
    resetOn(&session->skillStore(), &SkillStore::goalsChanged);
}

void AgreedActionModel::showConversation(qint64 conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    endResetModel();
}

int AgreedActionModel::recordCount() const
{
    const int index = m_session->conversationStore().conversationIndex(m_conversationId);
    return index < 0 ? 0 : static_cast<int>(m_session->conversationStore().conversations().at(index).agreed.size());
}

QString AgreedActionModel::madeInto(qint64 milestoneId, qint64 goalId) const
{
    if (milestoneId != 0) {
        const auto &scenarios = m_session->pathStore().scenarios();
        for (const PathStep &step : scenarios.isEmpty() ? QList<PathStep>() : scenarios.constFirst().steps) {
            if (step.milestoneIndex(milestoneId) >= 0)
                return tr("Milestone for %1").arg(step.levelTitle);
        }
        return tr("Milestone");
    }
    for (const Goal &goal : m_session->skillStore().goals()) {
        if (goal.id == goalId)
            return tr("Goal: %1").arg(SkillCsv::skillName(m_session->skillStore().skills(), goal.skillKey));
    }
    return tr("Skill goal");
}

QVariant AgreedActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int conversation = m_session->conversationStore().conversationIndex(m_conversationId);
    const AgreedAction &action = m_session->conversationStore().conversations().at(conversation).agreed.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() == ActionColumn)
            return action.text;
        return action.isMade() ? madeInto(action.milestoneId, action.goalId) : tr("not yet");
    }
    return {};
}

} // namespace careerplanner
