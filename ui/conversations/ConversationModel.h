#pragma once

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// The plan's career conversations, newest first: when, with whom, what was agreed and how
// much of it is on the plan, and the next one's date. SearchRole gives all of a
// conversation's words, for the search field.
class ConversationModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, WithColumn, AgreedColumn, NextColumn, ColumnCount };
    enum Role { SearchRole = Qt::UserRole + 1, TagsRole };

    explicit ConversationModel(PlanSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    PlanSession *m_session;
};

} // namespace careerplanner
