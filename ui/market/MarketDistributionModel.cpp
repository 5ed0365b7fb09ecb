#include "ui/market/MarketDistributionModel.h"

#include "core/base/Money.h"

#include <QLocale>

namespace careerplanner {

MarketDistributionModel::MarketDistributionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MarketDistributionModel::setDistribution(const MarketDistribution &distribution, const QStringList &levelTitles,
                                              const QString &currency)
{
    beginResetModel();
    m_distribution = distribution;
    m_levelTitles = levelTitles;
    m_currency = currency;
    endResetModel();
}

int MarketDistributionModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_distribution.all.reports == 0)
        return 0;
    return int(m_distribution.levels.size()) + 1;
}

int MarketDistributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MarketDistribution::Row &MarketDistributionModel::rowAt(int row) const
{
    return row < m_distribution.levels.size() ? m_distribution.levels.at(row) : m_distribution.all;
}

QVariant MarketDistributionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MarketDistribution::Row &row = rowAt(index.row());
    const bool allRow = row.level < 0;
    const int column = index.column();
    const bool base = column >= FirstBaseColumn && column < FirstTotalColumn;
    const Percentiles::Summary &summary = base ? row.baseSummary : row.totalSummary;
    if (role == Qt::TextAlignmentRole && column >= ReportsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && allRow) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && column >= FirstBaseColumn && !summary.enough())
        return summary.count == 0 ? tr("No report gives this figure.")
                                  : tr("Percentiles need at least %1 reports; %2 give this figure.")
                                        .arg(Percentiles::FewestReports)
                                        .arg(summary.count);
    if (role == Qt::ToolTipRole && column == ReportsColumn && row.estimated > 0)
        return tr("%1 of them matched to the level through their years of experience, not their level.")
            .arg(QLocale().toString(row.estimated));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case LevelColumn:
        return allRow ? tr("All levels") : m_levelTitles.value(row.level);
    case ReportsColumn:
        return row.estimated > 0
                   ? tr("%1 (%2 estimated)").arg(QLocale().toString(row.reports), QLocale().toString(row.estimated))
                   : QLocale().toString(row.reports);
    default:
        break;
    }
    const int percentile = (column - FirstBaseColumn) % 5;
    if (!summary.enough())
        return percentile == 2 ? (summary.count == 0 ? QStringLiteral("—") : tr("too few reports")) : QString();
    const std::optional<qint64> values[] = { summary.p10, summary.p25, summary.p50, summary.p75, summary.p90 };
    return values[percentile] ? Money::format(*values[percentile], m_currency) : QString();
}

QVariant MarketDistributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const percentiles[] = { "P10", "P25", "P50", "P75", "P90" };
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case ReportsColumn:
        return tr("Reports");
    default:
        break;
    }
    const bool base = section < FirstTotalColumn;
    const QString name = QLatin1String(percentiles[(section - FirstBaseColumn) % 5]);
    return base ? tr("Base %1").arg(name) : tr("Total %1").arg(name);
}

} // namespace careerplanner
