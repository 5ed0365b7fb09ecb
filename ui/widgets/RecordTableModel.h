#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace careerplanner {

// What the plan's record tables share: a fixed set of titled columns over a list of
// records, and a reset whenever the store behind them says its records changed (the
// records themselves stay in the store; the model only reads them). A subclass gives the
// count of records and each cell's data.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // headers: each column's title, in column order.
    RecordTableModel(QStringList headers, QObject *parent);

    virtual int recordCount() const = 0;
    // From now on the model resets whenever store emits signal.
    template<typename Store, typename Signal> void resetOn(const Store *store, Signal signal)
    {
        connect(store, signal, this, &RecordTableModel::reset);
    }
    void reset();

private:
    QStringList m_headers;
};

} // namespace careerplanner
