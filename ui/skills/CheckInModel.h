#pragma once

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// The check-ins of one goal, oldest first: date, self-rated proficiency and note.
class CheckInModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ProficiencyColumn, NoteColumn, ColumnCount };

    explicit CheckInModel(PlanSession *session, QObject *parent = nullptr);

    void setGoal(int goalIndex); // -1: none
    int goal() const { return m_goal; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    PlanSession *m_session;
    int m_goal = -1;
};

} // namespace careerplanner
