#include "ui/path/SimulationResultModel.h"

#include <QLocale>

namespace careerplanner {

SimulationResultModel::SimulationResultModel(QObject *parent)
    : RecordTableModel({ tr("Level"), tr("1 in 10 by (P10)"), tr("Half by (P50)"), tr("9 in 10 by (P90)") }, parent)
{
}

void SimulationResultModel::setResult(const QStringList &levels, const CareerSimulation::Result &result)
{
    beginResetModel();
    m_levels = levels;
    m_result = result;
    endResetModel();
}

void SimulationResultModel::clear()
{
    setResult({}, {});
}

int SimulationResultModel::recordCount() const
{
    return static_cast<int>(std::min(m_levels.size(), m_result.reachMonths.size()));
}

QVariant SimulationResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == LevelColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                 : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const CareerSimulation::Percentiles &p = m_result.reachMonths.at(index.row());
    const auto date
        = [this](double months) { return QLocale().toString(m_result.dateAfterMonths(months), QLocale::ShortFormat); };
    switch (index.column()) {
    case LevelColumn:
        return m_levels.at(index.row());
    case P10Column:
        return date(p.p10);
    case P50Column:
        return date(p.p50);
    case P90Column:
        return date(p.p90);
    default:
        return {};
    }
}

} // namespace careerplanner
