#pragma once

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// The feedback quotes, newest first: the words, who gave them, when, and the principles and
// skills they speak to. SearchRole gives all of a quote's words and TagsRole its tag keys.
class FeedbackModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { QuoteColumn, FromColumn, DateColumn, TagsColumn, ColumnCount };
    enum Role { SearchRole = Qt::UserRole + 1, TagsRole };

    explicit FeedbackModel(PlanSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    PlanSession *m_session;
};

} // namespace careerplanner
