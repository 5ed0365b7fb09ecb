#include "ui/pay/PayHistoryModel.h"

#include "core/base/Money.h"
#include "core/plan/PlanSession.h"

namespace careerplanner {

PayHistoryModel::PayHistoryModel(PlanSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_locale(Money::displayLocale())
{
    connect(&session->payStore(), &PayStore::payHistoryChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int PayHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_session->payStore().payHistory().size());
}

int PayHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PayRecord &record = m_session->payStore().payHistory().at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == LevelColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                 : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LevelColumn)
        return record.ladderName;
    if (role != Qt::DisplayRole)
        return {};
    const auto money = [&](qint64 amount) { return Money::format(amount, record.currency, m_locale); };
    switch (index.column()) {
    case YearColumn:
        return record.year;
    case LevelColumn:
        return record.levelTitle.isEmpty() ? tr("(not given)") : record.levelTitle;
    case BaseColumn:
        return money(record.base);
    case BonusColumn:
        return money(record.bonus);
    case StockColumn:
        return money(record.stockVested);
    case TotalColumn:
        return money(record.total());
    default:
        return {};
    }
}

QVariant PayHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case YearColumn:
        return tr("Year");
    case LevelColumn:
        return tr("Level held");
    case BaseColumn:
        return tr("Base");
    case BonusColumn:
        return tr("Bonus");
    case StockColumn:
        return tr("Stock vested");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace careerplanner
