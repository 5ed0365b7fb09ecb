#include "ui/pay/PayHistoryModel.h"

#include "core/base/Money.h"
#include "core/plan/PlanSession.h"

namespace careerplanner {

PayHistoryModel::PayHistoryModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Year"), tr("Level held"), tr("Base"), tr("Bonus"), tr("Stock vested"), tr("Total") },
                       parent)
    , m_session(session)
    , m_locale(Money::displayLocale())
{
    resetOn(&session->payStore(), &PayStore::payHistoryChanged);
}

int PayHistoryModel::recordCount() const
{
    return static_cast<int>(m_session->payStore().payHistory().size());
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

} // namespace careerplanner
