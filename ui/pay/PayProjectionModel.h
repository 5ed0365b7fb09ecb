#pragma once

#include "core/pay/PayPackage.h"
#include "core/pay/PayProjection.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace careerplanner {

// The year-by-year projection of one or more packages, one block of rows per package
// ending in its total over the period, so offers read side by side down the table.
class PayProjectionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PackageColumn,
        YearColumn,
        BaseColumn,
        SignOnColumn,
        StockColumn,
        RefreshersColumn,
        BonusColumn,
        TotalColumn,
        ColumnCount
    };

    explicit PayProjectionModel(QObject *parent = nullptr);

    void setPackages(const QList<PayPackage> &packages, int years, const QLocale &locale);
    int years() const { return m_years; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int package;
        bool total;
        PayProjection::Year figures;
    };

    QList<PayPackage> m_packages;
    QList<Row> m_rows;
    int m_years = 4;
    QLocale m_locale;
};

} // namespace careerplanner
