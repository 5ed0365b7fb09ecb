#pragma once

#include "core/market/MarketDistribution.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace careerplanner {

// A job family's market distribution as a table: a row per level with reports, in ladder
// order, then one for all of the family's reports; the number of reports (and how many of
// them were placed through their years of experience), then P10 … P90 of base pay and of
// total pay. A row of fewer than five reports says "too few reports" instead.
class MarketDistributionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LevelColumn,
        ReportsColumn,
        FirstBaseColumn,
        FirstTotalColumn = FirstBaseColumn + 5,
        ColumnCount = FirstTotalColumn + 5
    };

    explicit MarketDistributionModel(QObject *parent = nullptr);

    // levelTitles: the ladder's levels, by index; currency: what the amounts are in.
    void setDistribution(const MarketDistribution &distribution, const QStringList &levelTitles,
                         const QString &currency);
    const MarketDistribution &distribution() const { return m_distribution; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const MarketDistribution::Row &rowAt(int row) const;

    MarketDistribution m_distribution;
    QStringList m_levelTitles;
    QString m_currency;
};

} // namespace careerplanner
