#include "ui/PlanActions.h"

#include "ui/widgets/ActionSpec.h"

#include <QAction>
#include <QWidget>

namespace careerplanner {

PlanActions::PlanActions(QWidget *window, std::function<SessionPages *()> pages)
    : QObject(window)
{
    using Action = SessionPages::MainAction;
    const auto shift = [](Qt::Key key) { return QList<QKeySequence> { QKeySequence(Qt::CTRL | Qt::SHIFT | key) }; };
    const struct
    {
        ActionSpec spec;
        Action action;
    } entries[] = {
        { { tr("&Lay Out My Path…"), QStringLiteral("layOutPathAction"), shift(Qt::Key_L),
            tr("From the level you hold to the one you aim for, with milestones") },
          Action::LayOutPath },
        { { tr("Record a &Promotion…"), QStringLiteral("recordPromotionAction"), shift(Qt::Key_P),
            tr("The level you reached and when: the path moves on from that day") },
          Action::RecordPromotion },
        { { tr("Add a Pay P&ackage…"), QStringLiteral("addPackageAction"), shift(Qt::Key_A),
            tr("Your current job or an offer, worked out year by year") },
          Action::AddPackage },
        { { tr("Record a &Year of Pay…"), QStringLiteral("recordPayYearAction"), shift(Qt::Key_Y),
            tr("What you were paid in a year, against your level's band") },
          Action::RecordPayYear },
        { { tr("Add a &Goal…"), QStringLiteral("addGoalAction"), shift(Qt::Key_G),
            tr("A skill to grow, with a target and a date") },
          Action::AddGoal },
        { { tr("Add a STAR &Story…"), QStringLiteral("addStoryAction"), shift(Qt::Key_T),
            tr("Situation, task, action, result, tagged with the principles it shows") },
          Action::AddStory },
        { { tr("Practise for an &Interview…"), QStringLiteral("practiseAction"), shift(Qt::Key_I),
            tr("A few questions against the clock, the due ones first") },
          Action::Practise },
        { { tr("Add a Job Appli&cation…"), QStringLiteral("addApplicationAction"), shift(Qt::Key_J),
            tr("A role you are applying for, with its ladder's interview stages") },
          Action::AddApplication },
        { { tr("Log a Career &Conversation…"), QStringLiteral("logConversationAction"), shift(Qt::Key_K),
            tr("What you asked your manager or mentor for, what you heard, what you agreed") },
          Action::LogConversation },
        { { tr("Add &Feedback…"), QStringLiteral("addFeedbackAction"), shift(Qt::Key_F),
            tr("Words of praise or advice received, as evidence for your promotion case") },
          Action::AddFeedback },
    };
    for (const auto &entry : entries) {
        const Action action = entry.action;
        m_actions.append(makeAction(entry.spec, window, [pages, action] {
            if (SessionPages *shown = pages())
                shown->run(action);
        }));
    }
}

} // namespace careerplanner
