#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QTableView;

namespace careerplanner {

class InlineProblemLabel;
class MarketTitleGroupModel;
class PlanSession;

// Where the user sees which level each title and level field of the reports went to and
// puts it right: match the chosen title to a level, or leave its reports unmatched, or give
// it back to the rules. Each change is one undoable edit.
class MarketTitleMatchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MarketTitleMatchPanel(PlanSession *session, QWidget *parent = nullptr);

    MarketTitleGroupModel *model() const { return m_model; }

private:
    void rebuild(); // the reports, ladders or corrections changed
    void fillTargets();
    void showChosen(); // the chosen group's match in the target box
    void match();
    void useRules();
    int chosenRow() const;

    PlanSession *m_session;
    MarketTitleGroupModel *m_model;
    QCheckBox *m_onlyUnmatched;
    QTableView *m_table;
    QComboBox *m_target;
    QPushButton *m_match;
    QPushButton *m_rules;
    InlineProblemLabel *m_problem;
};

} // namespace careerplanner
