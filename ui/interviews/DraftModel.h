#pragma once

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// The drafts of the writing exercise, newest first: title, the day written and length.
class DraftModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, WordsColumn, ColumnCount };

    explicit DraftModel(PlanSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    PlanSession *m_session;
};

} // namespace careerplanner
