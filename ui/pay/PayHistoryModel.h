#pragma once

#include <QAbstractTableModel>
#include <QLocale>

namespace careerplanner {

class PlanSession;

// The pay the user actually received, a row per year: the level held and base, bonus,
// stock vested and their total.
class PayHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { YearColumn, LevelColumn, BaseColumn, BonusColumn, StockColumn, TotalColumn, ColumnCount };

    explicit PayHistoryModel(PlanSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PlanSession *m_session;
    QLocale m_locale;
};

} // namespace careerplanner
