#pragma once

#include "core/bands/BandComparison.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace careerplanner {

// The compared levels side by side: a row per level with its band's minimum, midpoint
// and maximum, and what the step up from the row above is worth, in money and percent.
// Figures that depend on an open-ended band carry "+", "≥", "≤" or "≈".
class CompareTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LevelColumn,
        MinimumColumn,
        MidpointColumn,
        MaximumColumn,
        StepColumn,
        StepPercentColumn,
        ColumnCount
    };

    explicit CompareTableModel(QObject *parent = nullptr);

    // onMarket: the figures are market percentiles (P25, median, P75), headed as such.
    void setEntries(const QList<BandComparison::Entry> &entries, const QLocale &locale, bool onMarket = false);
    const QList<BandComparison::Entry> &entries() const { return m_entries; }
    const QList<BandComparison::Step> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "≥ +$75,000" and "≥ +33.3%": shared with the chart's labels.
    static QString stepMoney(const BandComparison::Step &step, const QString &currency, const QLocale &locale);
    static QString stepPercent(const BandComparison::Step &step, const QLocale &locale, bool withCertainty = true);

private:
    QString cellText(int row, int column) const;

    QList<BandComparison::Entry> m_entries;
    QList<BandComparison::Step> m_steps;
    QLocale m_locale;
    bool m_onMarket = false;
};

} // namespace careerplanner
