#include "ui/conversations/FeedbackPanel.h"

#include "core/plan/PlanSession.h"
#include "ui/conversations/FeedbackDialog.h"
#include "ui/conversations/FeedbackModel.h"
#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/widgets/FilteredRecordList.h"
#include "ui/widgets/RecordTable.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

FeedbackPanel::FeedbackPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new FeedbackModel(session, this))
    , m_list(new FilteredRecordList(m_model, FeedbackModel::SearchRole, FeedbackModel::TagsRole,
                                    { QStringLiteral("feedback"), QStringLiteral("feedbackTagFilter"),
                                      tr("Search the words and who said them"), tr("Feedback received"),
                                      tr("&Add Feedback…"), tr("Any principle or skill") },
                                    this))
{
    m_list->fillTags(session->skillStore().skills());
    QTableView *table = m_list->table();
    RecordTable::configure(table, FeedbackModel::QuoteColumn);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(FeedbackModel::TagsColumn, QHeaderView::Interactive);
    table->setColumnWidth(FeedbackModel::TagsColumn, 220);
    auto *feedback = new EmptyStateStack(m_list, tr("&Add a First Quote…"), this);
    feedback->setObjectName(QStringLiteral("feedbackEmpty"));
    feedback->setGuideSection(QStringLiteral("Career conversations and the promotion case"));
    feedback->followRows(m_model, tr("Feedback you received, in the giver's words: from a review, a message, a "
                                     "conversation. Tag each quote with the principles and skills it speaks to, "
                                     "and the promotion case cites it as evidence."));
    connect(feedback->firstStepButton(), &QPushButton::clicked, this, &FeedbackPanel::addFeedback);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(feedback);

    connect(m_list, &FilteredRecordList::addRequested, this, &FeedbackPanel::addFeedback);
    connect(m_list, &FilteredRecordList::editRequested, this, &FeedbackPanel::editFeedback);
    connect(m_list, &FilteredRecordList::removeRequested, this, &FeedbackPanel::removeFeedback);
}

void FeedbackPanel::addFeedback()
{
    FeedbackQuote blank;
    if (!m_list->tag().isEmpty())
        blank.tags.append(m_list->tag());
    FeedbackDialog dialog(blank, m_session->skillStore().skills(), this);
    dialog.execAndSave(
        [&](QString *error) { return m_session->conversationStore().saveFeedback(dialog.quote(), error); });
}

void FeedbackPanel::editFeedback()
{
    const int quote = m_list->currentRecord();
    if (quote < 0)
        return;
    FeedbackDialog dialog(m_session->conversationStore().feedback().at(quote), m_session->skillStore().skills(), this);
    dialog.execAndSave(
        [&](QString *error) { return m_session->conversationStore().saveFeedback(dialog.quote(), error); });
}

void FeedbackPanel::removeFeedback()
{
    const int quote = m_list->currentRecord();
    if (quote < 0)
        return;
    if (QMessageBox::question(
            this, tr("Remove Feedback"),
            tr("Remove the feedback from %1?").arg(m_session->conversationStore().feedback().at(quote).attribution()))
        != QMessageBox::Yes)
        return;
    CheckedEdit::run(this, tr("Feedback"), tr("The feedback was not removed."),
                     [&](QString *error) { return m_session->conversationStore().removeFeedback(quote, error); });
}

} // namespace careerplanner
