#pragma once

#include "core/path/CareerSimulation.h"

#include "ui/widgets/RecordTableModel.h"
#include <QStringList>

namespace careerplanner {

// A simulation's dates of reaching each level: 1 in 10 careers get there by P10, half
// by P50, 9 in 10 by P90.
class SimulationResultModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { LevelColumn, P10Column, P50Column, P90Column, ColumnCount };

    explicit SimulationResultModel(QObject *parent = nullptr);

    void setResult(const QStringList &levels, const CareerSimulation::Result &result);
    void clear();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QStringList m_levels;
    CareerSimulation::Result m_result;
};

} // namespace careerplanner
