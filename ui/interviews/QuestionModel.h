#pragma once

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// The question bank in its order: the question, its stage and kind, the principles it
// probes and when it is due again. The roles give what the search and filters look at.
class QuestionModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, StageColumn, KindColumn, PrinciplesColumn, DueColumn, ColumnCount };
    enum Role {
        SearchRole = Qt::UserRole + 1, // the text, the tags' names and the source
        TagsRole, // principle and skill keys
        StageRole,
        KindRole,
        LaddersRole // the ladders' names: every ladder of the plan when the question names none
    };

    explicit QuestionModel(PlanSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    PlanSession *m_session;
};

} // namespace careerplanner
