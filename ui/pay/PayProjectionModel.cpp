#include "ui/pay/PayProjectionModel.h"

#include "core/base/Money.h"

#include <QFont>

namespace careerplanner {

PayProjectionModel::PayProjectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PayProjectionModel::setPackages(const QList<PayPackage> &packages, int years, const QLocale &locale)
{
    beginResetModel();
    m_packages = packages;
    m_years = years;
    m_locale = locale;
    m_rows.clear();
    for (int p = 0; p < packages.size(); ++p) {
        const QList<PayProjection::Year> projection = PayProjection::project(packages.at(p), years);
        for (const PayProjection::Year &year : projection)
            m_rows.append({ p, false, year });
        m_rows.append({ p, true, PayProjection::totals(projection) });
    }
    endResetModel();
}

int PayProjectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PayProjectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayProjectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PayPackage &package = m_packages.at(row.package);
    if (role == Qt::FontRole && row.total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() <= YearColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const auto money = [&](qint64 amount) { return Money::format(amount, package.currency, m_locale); };
    switch (index.column()) {
    case PackageColumn:
        return package.name;
    case YearColumn:
        if (!row.total)
            return tr("Year %1").arg(row.figures.year);
        return m_years == 1 ? tr("Total, 1 year") : tr("Total, %1 years").arg(m_years);
    case BaseColumn:
        return money(row.figures.base);
    case SignOnColumn:
        return money(row.figures.signOn);
    case StockColumn:
        return money(row.figures.stock);
    case RefreshersColumn:
        return money(row.figures.refreshers);
    case BonusColumn:
        return money(row.figures.bonus);
    case TotalColumn:
        return money(row.figures.total());
    default:
        return {};
    }
}

QVariant PayProjectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PackageColumn:
        return tr("Package");
    case YearColumn:
        return tr("Year");
    case BaseColumn:
        return tr("Base");
    case SignOnColumn:
        return tr("Sign-on");
    case StockColumn:
        return tr("Stock vested");
    case RefreshersColumn:
        return tr("Refreshers vested");
    case BonusColumn:
        return tr("Bonus");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace careerplanner
