#pragma once

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PayStore;

// The plan's exchange rates: the pair, the rate both ways, the date it is for and its note.
class ExchangeRateModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { PairColumn, RateColumn, DateColumn, NoteColumn, ColumnCount };

    explicit ExchangeRateModel(const PayStore *pay, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;

    const PayStore *m_pay;
};

} // namespace careerplanner
