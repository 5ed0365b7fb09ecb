#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace careerplanner {

class PlanSession;
class SkillMatrixModel;

// What each level of a ladder expects in each skill, edited in place.
class SkillMatrixPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SkillMatrixPanel(PlanSession *session, QWidget *parent = nullptr);

private:
    void fillLadders();

    PlanSession *m_session;
    SkillMatrixModel *m_model;
    QComboBox *m_ladder;
    QTableView *m_table;
    QLabel *m_message;
};

} // namespace careerplanner
