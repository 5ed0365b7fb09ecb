#pragma once

#include "core/path/Scenario.h"

#include <QAbstractTableModel>
#include <QDate>

namespace careerplanner {

// Scenarios side by side: a column per scenario; a row per level with the date it
// reaches it, then rows with what it has earned 5, 10 and 15 years from today.
class ScenarioCompareModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString name;
        Scenario scenario;
        QList<qint64> annualPay;
        QString currency; // empty: its pay is in several currencies, so nothing is summed
    };

    explicit ScenarioCompareModel(QObject *parent = nullptr);

    void setScenarios(const QList<Column> &columns, const QDate &today);
    static constexpr int EarningsYears[] = { 5, 10, 15 };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QStringList m_levels; // every level any scenario reaches, lowest first
    QDate m_today;
};

} // namespace careerplanner
