#pragma once

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;
struct ApplicationStage;

// The stages of one application in their order: name, when, how long, with whom and how
// it went.
class StageModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, WhenColumn, LengthColumn, WithColumn, RatingColumn, ColumnCount };

    explicit StageModel(PlanSession *session, QObject *parent = nullptr);

    void showApplication(qint64 applicationId); // 0: none
    qint64 applicationId() const { return m_applicationId; }
    const ApplicationStage &stageAt(int row) const;
    int rowOf(qint64 stageId) const; // -1 when it is not shown
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    void reread();

    PlanSession *m_session;
    qint64 m_applicationId = 0;
    QList<ApplicationStage> m_stages;
};

} // namespace careerplanner
