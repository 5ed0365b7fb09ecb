#pragma once

#include "core/skills/Goal.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;

namespace careerplanner {

class AgreedActionModel;
class ConversationModel;
class FilteredRecordList;
class PlanSession;
class StepsToComeBox;

// The log of career conversations with a manager, a skip-level manager or a mentor: when the
// next one is due and the rhythm to keep, each conversation's words, and what it agreed,
// each action made a milestone of a step of the path or a skill goal in one step.
class ConversationsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationsPage(PlanSession *session, QWidget *parent = nullptr);

    void logConversation(); // the page's main action, also in the window's Plan menu

    // Asks for a skill goal in the skills page's own form, starting from blank, until save
    // keeps it (true) or the user cancels; levels: the path's steps to come, for its level.
    using SaveGoal = std::function<bool(const Goal &goal, QString *error)>;
    using GoalAsker
        = std::function<bool(QWidget *over, const Goal &blank, const QStringList &levels, const SaveGoal &save)>;
    void setGoalAsker(GoalAsker ask) { m_askGoal = std::move(ask); }

private:
    void updateNext();
    void fillSteps();
    void showCurrentConversation();
    void editConversation();
    void removeConversation();
    void makeMilestone();
    void makeGoal();
    void updateActionButtons();
    qint64 currentConversationId() const;
    int currentAction() const;

    PlanSession *m_session;
    ConversationModel *m_model;
    AgreedActionModel *m_actions;
    FilteredRecordList *m_list;
    QLabel *m_next;
    QSpinBox *m_rhythm;
    QTextBrowser *m_details;
    QTableView *m_actionTable;
    StepsToComeBox *m_step;
    QPushButton *m_makeMilestone;
    QPushButton *m_makeGoal;
    GoalAsker m_askGoal;
};

} // namespace careerplanner
