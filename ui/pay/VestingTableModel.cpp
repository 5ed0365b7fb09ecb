#include "ui/pay/VestingTableModel.h"

#include <QLocale>

#include <cmath>

namespace careerplanner {

VestingTableModel::VestingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VestingTableModel::setSchedule(const VestingSchedule &schedule)
{
    beginResetModel();
    m_tranches = schedule.tranches();
    endResetModel();
    Q_EMIT scheduleChanged();
}

void VestingTableModel::addTranche()
{
    const int month = m_tranches.isEmpty() ? 12 : m_tranches.constLast().month + 12;
    const int row = static_cast<int>(m_tranches.size());
    beginInsertRows({}, row, row);
    m_tranches.append({ month, 0 });
    endInsertRows();
    Q_EMIT scheduleChanged();
}

void VestingTableModel::removeTranche(int row)
{
    if (row < 0 || row >= m_tranches.size())
        return;
    beginRemoveRows({}, row, row);
    m_tranches.removeAt(row);
    endRemoveRows();
    Q_EMIT scheduleChanged();
}

int VestingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tranches.size());
}

int VestingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VestingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VestingSchedule::Tranche &tranche = m_tranches.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole)
        return index.column() == MonthColumn ? QString::number(tranche.month)
                                             : QLocale().toString(tranche.basisPoints / 100.0, 'f', 2);
    if (role == Qt::EditRole)
        return index.column() == MonthColumn ? QVariant(tranche.month) : QVariant(tranche.basisPoints / 100.0);
    return {};
}

bool VestingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    bool ok = false;
    VestingSchedule::Tranche &tranche = m_tranches[index.row()];
    if (index.column() == MonthColumn) {
        const int month = value.toInt(&ok);
        if (!ok || month < 1 || month > 120)
            return false;
        tranche.month = month;
    } else {
        const double percent = value.toDouble(&ok);
        if (!ok || percent < 0 || percent > 100)
            return false;
        tranche.basisPoints = static_cast<int>(std::lround(percent * 100));
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT scheduleChanged();
    return true;
}

Qt::ItemFlags VestingTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant VestingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == MonthColumn ? tr("Month after grant") : tr("Vests (%)");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace careerplanner
