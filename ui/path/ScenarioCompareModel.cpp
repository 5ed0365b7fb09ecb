#include "ui/path/ScenarioCompareModel.h"

#include "core/path/CareerEarnings.h"
#include "core/base/Money.h"

#include <QLocale>

namespace careerplanner {

ScenarioCompareModel::ScenarioCompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScenarioCompareModel::setScenarios(const QList<Column> &columns, const QDate &today)
{
    beginResetModel();
    m_columns = columns;
    m_today = today;
    m_levels.clear();
    // Levels in the order the scenarios climb them; a scenario's later levels come after.
    for (const Column &column : columns) {
        int insertAt = 0;
        for (const PathStep &step : column.scenario.steps) {
            const int found = static_cast<int>(m_levels.indexOf(step.levelTitle));
            if (found >= 0) {
                insertAt = found + 1;
            } else {
                m_levels.insert(insertAt, step.levelTitle);
                ++insertAt;
            }
        }
    }
    endResetModel();
}

int ScenarioCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_levels.size() + std::size(EarningsYears));
}

int ScenarioCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ScenarioCompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const Column &column = m_columns.at(index.column());
    const int row = index.row();
    if (row < m_levels.size()) {
        for (int i = 0; i < column.scenario.steps.size(); ++i) {
            const PathStep &step = column.scenario.steps.at(i);
            if (step.levelTitle == m_levels.at(row))
                return i == 0 ? tr("now") : QLocale().toString(step.targetDate, QLocale::ShortFormat);
        }
        return QStringLiteral("—");
    }
    if (column.currency.isEmpty())
        return tr("— (two currencies)");
    const int years = EarningsYears[row - m_levels.size()];
    const qint64 earned = CareerEarnings::between(column.scenario, column.annualPay, m_today, m_today.addYears(years));
    return Money::format(Money::roundToMajor(earned, column.currency), column.currency);
}

QVariant ScenarioCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_columns.size() ? m_columns.at(section).name : QVariant();
    if (section < m_levels.size())
        return m_levels.at(section);
    return tr("Earned in %1 years").arg(EarningsYears[section - m_levels.size()]);
}

} // namespace careerplanner
