#pragma once

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// Skill goals: the skill, target and current proficiency, due date, the level it serves
// and status. SearchRole gives its text (skill, notes, check-in notes) for filtering.
class GoalModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { SkillColumn, TargetColumn, CurrentColumn, DueColumn, LevelColumn, StatusColumn, ColumnCount };
    enum Role { SearchRole = Qt::UserRole + 1, TagsRole };

    explicit GoalModel(PlanSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    PlanSession *m_session;
};

} // namespace careerplanner
