#pragma once

#include "core/stories/StoryCoverage.h"

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// Each Leadership Principle and how many stories show it; fewer than two highlighted,
// since interview loops probe every principle with STAR answers.
class CoverageModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { PrincipleColumn, StoriesColumn, ColumnCount };

    explicit CoverageModel(PlanSession *session, QObject *parent = nullptr);

    const QList<StoryCoverage::Row> &rows() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    PlanSession *m_session;
    QList<StoryCoverage::Row> m_rows;
};

} // namespace careerplanner
