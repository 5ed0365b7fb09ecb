#pragma once

#include <QAbstractTableModel>
#include <QDate>

namespace careerplanner {

class PlanSession;

// The milestones of one step, edited in place: title, due date, status, evidence. Each
// edit is saved to the plan as it is made; marking one done dates it today unless the
// user gives another date. Overdue milestones are shown in red.
class MilestoneModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DueColumn, StatusColumn, CompletedColumn, EvidenceColumn, ColumnCount };

    explicit MilestoneModel(PlanSession *session, QObject *parent = nullptr);

    void setStep(int scenario, int step);
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void editRefused(const QString &reason);

private:
    bool valid() const;

    PlanSession *m_session;
    int m_scenario = -1;
    int m_step = -1;
    QDate m_today = QDate::currentDate();
};

} // namespace careerplanner
