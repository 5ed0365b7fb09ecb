#include "ui/conversations/ConversationsPage.h"

#include "core/base/DateText.h"
#include "core/plan/PlanSession.h"
#include "ui/conversations/AgreedActionModel.h"
#include "ui/conversations/ConversationDialog.h"
#include "ui/conversations/ConversationModel.h"
#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/widgets/FilteredRecordList.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/StepsToComeBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace careerplanner {

ConversationsPage::ConversationsPage(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ConversationModel(session, this))
    , m_actions(new AgreedActionModel(session, this))
    , m_list(new FilteredRecordList(m_model, ConversationModel::SearchRole, ConversationModel::TagsRole,
                                    { QStringLiteral("conversation"), QString(),
                                      tr("Search names, what you asked for, feedback, actions"),
                                      tr("Career conversations"), tr("&Log Conversation…"), QString() },
                                    this))
    , m_next(new QLabel(this))
    , m_rhythm(new QSpinBox(this))
    , m_details(new QTextBrowser(this))
    , m_actionTable(new QTableView(this))
    , m_step(new StepsToComeBox(this))
    , m_makeMilestone(new QPushButton(tr("Make &Milestone"), this))
    , m_makeGoal(new QPushButton(tr("Make Skill &Goal…"), this))
{
    RecordTable::configure(m_list->table(), ConversationModel::WithColumn);
    m_next->setObjectName(QStringLiteral("conversationNextDue"));
    m_next->setWordWrap(true);
    m_rhythm->setObjectName(QStringLiteral("conversationRhythm"));
    m_rhythm->setRange(1, 12);
    m_rhythm->setSuffix(tr(" months"));
    m_rhythm->setKeyboardTracking(false); // one undo step for "10" typed, not one for "1" first
    m_rhythm->setToolTip(tr("The guide asks for a career conversation with your manager at least once a year."));
    m_details->setObjectName(QStringLiteral("conversationDetails"));
    m_actionTable->setObjectName(QStringLiteral("agreedActionTable"));
    m_actionTable->setAccessibleName(tr("What the conversation agreed"));
    m_actionTable->setModel(m_actions);
    RecordTable::configure(m_actionTable, AgreedActionModel::ActionColumn);
    m_step->setObjectName(QStringLiteral("milestoneStep"));
    m_step->setAccessibleName(tr("Step of your path for the milestone"));
    m_makeMilestone->setObjectName(QStringLiteral("makeMilestone"));
    m_makeMilestone->setToolTip(tr("The chosen action becomes a planned milestone of the step, in one undo step."));
    m_makeGoal->setObjectName(QStringLiteral("makeGoal"));

    auto *rhythmLabel = new QLabel(tr("Meet your manager at least every"), this);
    rhythmLabel->setBuddy(m_rhythm);
    auto *top = new QHBoxLayout;
    top->addWidget(m_next, 1);
    top->addWidget(rhythmLabel);
    top->addWidget(m_rhythm);
    auto *stepLabel = new QLabel(tr("For &step:"), this);
    stepLabel->setBuddy(m_step);
    auto *make = new QHBoxLayout;
    make->addWidget(stepLabel);
    make->addWidget(m_step, 1);
    make->addWidget(m_makeMilestone);
    make->addWidget(m_makeGoal);
    auto *chosen = new QWidget(this);
    auto *chosenLayout = new QVBoxLayout(chosen);
    chosenLayout->setContentsMargins(0, 0, 0, 0);
    chosenLayout->addWidget(m_details, 2);
    chosenLayout->addWidget(new QLabel(tr("<b>What we agreed</b>"), this));
    chosenLayout->addWidget(m_actionTable, 1);
    chosenLayout->addLayout(make);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(chosen);
    splitter->setSizes({ 520, 480 });
    auto *conversations = new EmptyStateStack(splitter, tr("&Log a First Conversation…"), this);
    conversations->setObjectName(QStringLiteral("conversationsEmpty"));
    conversations->setGuideSection(QStringLiteral("Career conversations and the promotion case"));
    conversations->followRows(
        m_model, tr("Your career conversations with your manager, a skip-level manager or a mentor: what you asked "
                    "for, the feedback you heard, what you agreed. The guide asks for one with your manager at "
                    "least once a year; each agreed action can become a milestone or a skill goal."));
    connect(conversations->firstStepButton(), &QPushButton::clicked, this, &ConversationsPage::logConversation);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(conversations, 1);

    connect(m_list, &FilteredRecordList::addRequested, this, &ConversationsPage::logConversation);
    connect(m_list, &FilteredRecordList::editRequested, this, &ConversationsPage::editConversation);
    connect(m_list, &FilteredRecordList::removeRequested, this, &ConversationsPage::removeConversation);
    connect(m_list, &FilteredRecordList::currentChanged, this, &ConversationsPage::showCurrentConversation);
    connect(m_actionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConversationsPage::updateActionButtons);
    connect(m_actions, &QAbstractItemModel::modelReset, this, &ConversationsPage::updateActionButtons);
    connect(m_makeMilestone, &QPushButton::clicked, this, &ConversationsPage::makeMilestone);
    connect(m_makeGoal, &QPushButton::clicked, this, &ConversationsPage::makeGoal);
    connect(m_rhythm, &QSpinBox::valueChanged, this, [this](int months) {
        if (months != m_session->conversationStore().rhythmMonths())
            CheckedEdit::run(this, tr("Career Conversations"), tr("The rhythm was not changed."), [&](QString *error) {
                return m_session->conversationStore().setRhythmMonths(months, error);
            });
    });
    new PageRefresh(session, PlanPart::Conversations | PlanPart::Profile | PlanPart::Scenarios | PlanPart::Promotions,
                    this, [this](PlanParts) {
                        updateNext();
                        fillSteps();
                    });
    updateNext();
    fillSteps();
    m_list->selectRecord(0); // the newest, to read and act on at once
    showCurrentConversation();
}

void ConversationsPage::updateNext()
{
    const ConversationStore &store = m_session->conversationStore();
    const QSignalBlocker blocker(m_rhythm);
    m_rhythm->setValue(store.rhythmMonths());
    const ConversationRhythm::Next next = store.next(QDate::currentDate());
    QString text;
    if (!next.lastHeld.isValid())
        text = tr("No career conversation with your manager logged yet: have one and log it here.");
    else if (next.booked.isValid() && next.booked == next.due)
        text = tr("Next conversation with %1: %2.").arg(next.with, DateText::longDate(next.due));
    else
        text = tr("Last conversation with %1 on %2; the next is due by %3.")
                   .arg(next.with, DateText::longDate(next.lastHeld), DateText::longDate(next.due));
    m_next->setText(next.remind ? QStringLiteral("<b>%1</b>").arg(next.text.toHtmlEscaped()) : text.toHtmlEscaped());
}

void ConversationsPage::fillSteps()
{
    m_step->refill(m_session->pathStore());
    updateActionButtons();
}

qint64 ConversationsPage::currentConversationId() const
{
    const int row = m_list->currentRecord();
    return row < 0 ? 0 : m_session->conversationStore().conversations().at(row).id;
}

int ConversationsPage::currentAction() const
{
    return m_actionTable->currentIndex().row(); // a click moves it before the selection follows
}

void ConversationsPage::showCurrentConversation()
{
    const int row = m_list->currentRecord();
    m_actions->showConversation(currentConversationId());
    if (row < 0) {
        m_details->setHtml(tr("<i>Choose a conversation to read it and act on what was agreed.</i>"));
        return;
    }
    const CareerConversation &conversation = m_session->conversationStore().conversations().at(row);
    QString html
        = QStringLiteral("<h3>%1</h3>")
              .arg(tr("%1 with %2").arg(DateText::longDate(conversation.heldOn), conversation.person).toHtmlEscaped());
    const std::pair<QString, QString> parts[]
        = { { tr("I asked for"), conversation.askedFor }, { tr("Feedback heard"), conversation.feedback } };
    for (const auto &[heading, text] : parts) {
        if (!text.trimmed().isEmpty())
            html += QStringLiteral("<p><b>%1.</b> %2</p>")
                        .arg(heading, text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    if (conversation.nextOn.isValid())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Next one booked for %1.").arg(DateText::longDate(conversation.nextOn)));
    m_details->setHtml(html);
}

void ConversationsPage::updateActionButtons()
{
    const int action = currentAction();
    const int conversation = m_session->conversationStore().conversationIndex(m_actions->conversationId());
    const bool open = action >= 0 && conversation >= 0
                      && !m_session->conversationStore().conversations().at(conversation).agreed.at(action).isMade();
    m_makeMilestone->setEnabled(open && m_step->count() > 0);
    m_makeMilestone->setToolTip(m_step->count() > 0 ? tr("The chosen action becomes a planned milestone of the step.")
                                                    : tr("Lay out your path first: it has no step to come."));
    m_makeGoal->setEnabled(open);
}

void ConversationsPage::logConversation()
{
    CareerConversation blank;
    const ConversationRhythm::Next next = m_session->conversationStore().next(QDate::currentDate());
    blank.person = next.with;
    ConversationDialog dialog(blank, this);
    qint64 saved = 0;
    if (dialog.execAndSave([&](QString *error) {
            return m_session->conversationStore().saveConversation(dialog.conversation(), error, &saved);
        }))
        m_list->selectRecord(m_session->conversationStore().conversationIndex(saved));
}

void ConversationsPage::editConversation()
{
    const int row = m_list->currentRecord();
    if (row < 0)
        return;
    ConversationDialog dialog(m_session->conversationStore().conversations().at(row), this);
    qint64 saved = 0;
    if (dialog.execAndSave([&](QString *error) {
            return m_session->conversationStore().saveConversation(dialog.conversation(), error, &saved);
        }))
        m_list->selectRecord(m_session->conversationStore().conversationIndex(saved));
}

void ConversationsPage::removeConversation()
{
    const int row = m_list->currentRecord();
    if (row < 0)
        return;
    const CareerConversation &conversation = m_session->conversationStore().conversations().at(row);
    if (QMessageBox::question(this, tr("Remove Conversation"),
                              tr("Remove the conversation with %1 on %2? Milestones and goals made from it stay.")
                                  .arg(conversation.person, DateText::longDate(conversation.heldOn)))
        != QMessageBox::Yes)
        return;
    CheckedEdit::run(this, tr("Career Conversations"), tr("The conversation was not removed."),
                     [&](QString *error) { return m_session->conversationStore().removeConversation(row, error); });
}

void ConversationsPage::makeMilestone()
{
    const qint64 conversation = currentConversationId();
    const int action = currentAction();
    if (conversation == 0 || action < 0 || m_step->count() == 0)
        return;
    const int step = m_step->step();
    CheckedEdit::run(this, tr("Career Conversations"), tr("The milestone was not made."), [&](QString *error) {
        return m_session->conversationStore().makeMilestone(conversation, action, step, error);
    });
    m_list->selectRecord(m_session->conversationStore().conversationIndex(conversation));
    m_actionTable->selectRow(action);
}

void ConversationsPage::makeGoal()
{
    const qint64 conversationId = currentConversationId();
    const int action = currentAction();
    const int index = m_session->conversationStore().conversationIndex(conversationId);
    if (index < 0 || action < 0)
        return;
    const CareerConversation &conversation = m_session->conversationStore().conversations().at(index);
    Goal blank;
    blank.notes = conversation.agreed.at(action).text;
    blank.dueDate = conversation.nextOn;
    QStringList levels;
    for (int i = 0; i < m_step->count(); ++i)
        levels.append(m_step->itemText(i));
    blank.forLevel = m_step->currentText();
    if (m_askGoal && m_askGoal(this, blank, levels, [&](const Goal &goal, QString *error) {
            return m_session->conversationStore().makeGoal(conversationId, action, goal, error);
        })) {
        m_list->selectRecord(m_session->conversationStore().conversationIndex(conversationId));
        m_actionTable->selectRow(action);
    }
}

} // namespace careerplanner
