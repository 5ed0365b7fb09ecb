#pragma once

#include <QAbstractTableModel>

namespace careerplanner {

class PlanSession;

// The check-ins of one goal, oldest first: date, self-rated proficiency and note.
class CheckInModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ProficiencyColumn, NoteColumn, ColumnCount };

    explicit CheckInModel(PlanSession *session, QObject *parent = nullptr);

    void setGoal(int goalIndex); // -1: none
    int goal() const { return m_goal; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PlanSession *m_session;
    int m_goal = -1;
};

} // namespace careerplanner
