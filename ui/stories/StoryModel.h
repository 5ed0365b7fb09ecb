#pragma once

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// The STAR story bank, newest first: title, date and the principles and skills each shows.
// SearchRole gives all of a story's text, and TagsRole its tag keys, for filtering.
class StoryModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, TagsColumn, ColumnCount };
    enum Role { SearchRole = Qt::UserRole + 1, TagsRole };

    explicit StoryModel(PlanSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    PlanSession *m_session;
};

} // namespace careerplanner
