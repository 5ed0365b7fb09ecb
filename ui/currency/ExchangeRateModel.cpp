#include "ui/currency/ExchangeRateModel.h"
#include "core/base/DateText.h"

#include "core/pay/PayStore.h"

#include <QLocale>

namespace careerplanner {

ExchangeRateModel::ExchangeRateModel(const PayStore *pay, QObject *parent)
    : RecordTableModel({ tr("Currencies"), tr("Rate"), tr("For"), tr("Note") }, parent)
    , m_pay(pay)
{
    resetOn(pay, &PayStore::currenciesChanged);
}

int ExchangeRateModel::recordCount() const
{
    return static_cast<int>(m_pay->exchangeRates().size());
}

QVariant ExchangeRateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExchangeRate &rate = m_pay->exchangeRates().at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PairColumn:
        return tr("%1 → %2").arg(rate.from, rate.to);
    case RateColumn:
        return tr("1 %1 = %2 %3").arg(rate.from, rate.rate, rate.to);
    case DateColumn:
        return role == Qt::ToolTipRole ? DateText::longDate(rate.date)
                                       : QLocale().toString(rate.date, QLocale::ShortFormat);
    case NoteColumn:
        return rate.note;
    }
    return {};
}

} // namespace careerplanner
