#include "ui/compare/CompareTableModel.h"

#include "core/base/Money.h"

namespace careerplanner {

CompareTableModel::CompareTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompareTableModel::setEntries(const QList<BandComparison::Entry> &entries, const QLocale &locale, bool onMarket)
{
    beginResetModel();
    m_onMarket = onMarket;
    m_entries = entries;
    m_steps = BandComparison::steps(entries);
    m_locale = locale;
    endResetModel();
}

int CompareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int CompareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompareTableModel::stepMoney(const BandComparison::Step &step, const QString &currency, const QLocale &locale)
{
    if (!step.difference)
        return QStringLiteral("—");
    const QString sign = *step.difference >= 0 ? QStringLiteral("+") : QStringLiteral("−");
    const qint64 magnitude = *step.difference >= 0 ? *step.difference : -*step.difference;
    return BandComparison::certaintyPrefix(step.certainty) + sign + Money::format(magnitude, currency, locale);
}

QString CompareTableModel::stepPercent(const BandComparison::Step &step, const QLocale &locale, bool withCertainty)
{
    if (!step.basisPoints)
        return QStringLiteral("—");
    const QString sign = *step.basisPoints >= 0 ? QStringLiteral("+") : QStringLiteral("−");
    const int magnitude = *step.basisPoints >= 0 ? *step.basisPoints : -*step.basisPoints;
    const QString prefix = withCertainty ? BandComparison::certaintyPrefix(step.certainty) : QString();
    return prefix + sign + locale.toString(magnitude / 100.0, 'f', 1) + QLatin1Char('%');
}

QString CompareTableModel::cellText(int row, int column) const
{
    const BandComparison::Entry &entry = m_entries.at(row);
    if (column == LevelColumn)
        return entry.label;
    if (column == StepColumn || column == StepPercentColumn) {
        if (row == 0)
            return {};
        const BandComparison::Step &step = m_steps.at(row - 1);
        const QString currency = entry.band ? entry.band->currency : QString();
        return column == StepColumn ? stepMoney(step, currency, m_locale) : stepPercent(step, m_locale);
    }
    if (!entry.band)
        return QStringLiteral("—");
    const SalaryBand &band = *entry.band;
    switch (column) {
    case MinimumColumn:
        return Money::format(band.minimum, band.currency, m_locale);
    case MidpointColumn:
        return (entry.midpointIsFloor ? QStringLiteral("≥ ") : QString())
               + Money::format(*entry.midpoint, band.currency, m_locale);
    case MaximumColumn:
        if (!band.maximum)
            return tr("no top (open)");
        return band.openEnded ? Money::formatAtLeast(*band.maximum, band.currency, m_locale)
                              : Money::format(*band.maximum, band.currency, m_locale);
    default:
        return {};
    }
}

QVariant CompareTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == LevelColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                 : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (index.row() == 0 || (index.column() != StepColumn && index.column() != StepPercentColumn))
            return {};
        switch (m_steps.at(index.row() - 1).certainty) {
        case BandComparison::Certainty::Exact:
            return m_onMarket ? tr("Market median to median.") : tr("Midpoint to midpoint.");
        case BandComparison::Certainty::AtLeast:
            return tr("At least this much: this level's band has no fixed top, so its midpoint is a floor.");
        case BandComparison::Certainty::AtMost:
            return tr("At most this much: the level below has no fixed top, so its midpoint is a floor.");
        case BandComparison::Certainty::Approximate:
            return tr("Approximate: neither band has a fixed top.");
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant CompareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case MinimumColumn:
        return m_onMarket ? tr("P25") : tr("Minimum");
    case MidpointColumn:
        return m_onMarket ? tr("Median") : tr("Midpoint");
    case MaximumColumn:
        return m_onMarket ? tr("P75") : tr("Maximum");
    case StepColumn:
        return tr("Step up");
    case StepPercentColumn:
        return tr("Step up %");
    default:
        return {};
    }
}

} // namespace careerplanner
