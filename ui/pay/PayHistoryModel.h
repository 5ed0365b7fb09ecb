#pragma once

#include "ui/widgets/RecordTableModel.h"
#include <QLocale>

namespace careerplanner {

class PlanSession;

// The pay the user actually received, a row per year: the level held and base, bonus,
// stock vested and their total.
class PayHistoryModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { YearColumn, LevelColumn, BaseColumn, BonusColumn, StockColumn, TotalColumn, ColumnCount };

    explicit PayHistoryModel(PlanSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    PlanSession *m_session;
    QLocale m_locale;
};

} // namespace careerplanner
