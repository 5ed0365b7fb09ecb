#pragma once

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// What the chosen career conversation agreed, each action with what it became on the plan:
// the milestone and its step, the skill goal, or nothing yet.
class AgreedActionModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { ActionColumn, MadeIntoColumn, ColumnCount };

    explicit AgreedActionModel(PlanSession *session, QObject *parent = nullptr);

    void showConversation(qint64 conversationId); // 0: none
    qint64 conversationId() const { return m_conversationId; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString madeInto(qint64 milestoneId, qint64 goalId) const;

    PlanSession *m_session;
    qint64 m_conversationId = 0;
};

} // namespace careerplanner
