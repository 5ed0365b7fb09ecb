#pragma once

#include "core/pay/VestingSchedule.h"

#include <QAbstractTableModel>

namespace careerplanner {

// A vesting schedule as an editable table: the month after the grant, and the share of
// the grant that vests then, in percent.
class VestingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MonthColumn, ShareColumn, ColumnCount };

    explicit VestingTableModel(QObject *parent = nullptr);

    void setSchedule(const VestingSchedule &schedule);
    VestingSchedule schedule() const { return VestingSchedule(m_tranches); }
    void addTranche();
    void removeTranche(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void scheduleChanged();

private:
    QList<VestingSchedule::Tranche> m_tranches;
};

} // namespace careerplanner
