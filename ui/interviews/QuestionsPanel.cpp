#include "ui/interviews/QuestionsPanel.h"

#include "core/plan/PlanSession.h"
#include "core/skills/SkillCsv.h"
#include "core/interviews/PracticeClock.h"
#include "ui/interviews/InterviewWords.h"
#include "ui/interviews/QuestionDialog.h"
#include "ui/interviews/QuestionModel.h"
#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/widgets/FilteredRecordList.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace careerplanner {

QuestionsPanel::QuestionsPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QuestionModel(session, this))
    , m_list(new FilteredRecordList(m_model, QuestionModel::SearchRole, QuestionModel::TagsRole,
                                    { QStringLiteral("question"), QStringLiteral("questionTagFilter"),
                                      tr("Search questions"), tr("Interview questions"), tr("&Add Question…"),
                                      tr("Any principle or skill") },
                                    this))
    , m_details(new QTextBrowser(this))
{
    m_list->fillTags(session->skillStore().skills());
    m_list->addFacet(QStringLiteral("questionStageFilter"), tr("Any stage"), QuestionModel::StageRole,
                     InterviewWords::stageChoices());
    m_list->addFacet(QStringLiteral("questionKindFilter"), tr("Any kind"), QuestionModel::KindRole,
                     InterviewWords::kindChoices());
    QList<std::pair<QString, QString>> ladders;
    for (const QString &name : ladderNames())
        ladders.append({ name, name });
    QComboBox *ladderFilter = m_list->addFacet(QStringLiteral("questionLadderFilter"), tr("Any ladder"),
                                               QuestionModel::LaddersRole, ladders);
    ladderFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    ladderFilter->setMinimumContentsLength(12);
    auto *practise = new QPushButton(tr("&Practise This"), this);
    practise->setObjectName(QStringLiteral("practiseQuestion"));
    m_list->addRecordButton(practise);
    QTableView *table = m_list->table();
    RecordTable::configure(table, QuestionModel::TextColumn);
    table->setWordWrap(false);
    // The question gets the room; the tags, which can run long, a column the user can widen.
    table->horizontalHeader()->setSectionResizeMode(QuestionModel::PrinciplesColumn, QHeaderView::Interactive);
    table->setColumnWidth(QuestionModel::PrinciplesColumn, 280);
    m_details->setObjectName(QStringLiteral("questionDetails"));
    m_list->setDetails(m_details);

    auto *stack = new EmptyStateStack(m_list, tr("&Add a Question…"), this);
    stack->setObjectName(QStringLiteral("questionsEmpty"));
    stack->setGuideSection(QStringLiteral("Interview prep"));
    stack->followRows(m_model, tr("The questions interviewers ask, by stage and by Leadership Principle. "
                                  "Add the questions you expect, then practise them against the clock."));
    connect(stack->firstStepButton(), &QPushButton::clicked, this, &QuestionsPanel::addQuestion);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stack);

    connect(m_list, &FilteredRecordList::addRequested, this, &QuestionsPanel::addQuestion);
    connect(m_list, &FilteredRecordList::editRequested, this, &QuestionsPanel::editQuestion);
    connect(m_list, &FilteredRecordList::removeRequested, this, &QuestionsPanel::removeQuestion);
    connect(m_list, &FilteredRecordList::currentChanged, this, &QuestionsPanel::showCurrentQuestion);
    connect(practise, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRecord();
        if (row >= 0)
            Q_EMIT practiseRequested(m_session->interviewStore().questions().at(row).id);
    });
    new PageRefresh(session, PlanPart::Stories | PlanPart::Interviews, this,
                    [this](PlanParts) { showCurrentQuestion(); });
    showCurrentQuestion();
}

QStringList QuestionsPanel::ladderNames() const
{
    QStringList names;
    for (const CareerLadder &ladder : m_session->ladderStore().ladders())
        names.append(ladder.name);
    return names;
}

void QuestionsPanel::showCurrentQuestion()
{
    const int row = m_list->currentRecord();
    if (row < 0) {
        m_details->setHtml(tr("<i>Choose a question to see where it comes from and how your answers went.</i>"));
        return;
    }
    const InterviewStore &store = m_session->interviewStore();
    const Question &question = store.questions().at(row);
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3</p>")
                       .arg(question.text.toHtmlEscaped(), InterviewWords::stageName(question.stage),
                            InterviewWords::kindName(question.kind));
    html += question.fromGuides()
                ? tr("<p>Source: %1, “%2”.</p>")
                      .arg(question.source.file.toHtmlEscaped(), question.source.section.toHtmlEscaped())
                : tr("<p>Not from the guides.</p>");
    QString answers;
    for (const PracticeAttempt &attempt : store.attempts()) {
        if (attempt.questionId != question.id)
            continue;
        answers
            += tr("<li>%1: %2 of 5 in %3%4</li>")
                   .arg(QLocale().toString(attempt.practisedOn, QLocale::ShortFormat),
                        QString::number(attempt.averageRating(), 'f', 1), PracticeClock::format(attempt.secondsTaken),
                        attempt.note.isEmpty() ? QString() : QStringLiteral(" — ") + attempt.note.toHtmlEscaped());
    }
    html += answers.isEmpty() ? tr("<p>Not practised yet.</p>")
                              : tr("<p><b>Your answers</b></p><ul>%1</ul>").arg(answers);
    m_details->setHtml(html);
}

void QuestionsPanel::addQuestion()
{
    Question blank;
    blank.kind = QStringLiteral("behavioural");
    if (!m_list->tag().isEmpty())
        blank.principles.append(m_list->tag());
    QuestionDialog dialog(blank, m_session->skillStore().skills(), ladderNames(), this);
    if (dialog.execAndSave(
            [&](QString *error) { return m_session->interviewStore().saveQuestion(dialog.question(), error); })) {
        m_list->clearFilters(); // so that the new question shows
        m_list->selectRecord(int(m_session->interviewStore().questions().size()) - 1);
    }
}

void QuestionsPanel::editQuestion()
{
    const int row = m_list->currentRecord();
    if (row < 0)
        return;
    QuestionDialog dialog(m_session->interviewStore().questions().at(row), m_session->skillStore().skills(),
                          ladderNames(), this);
    dialog.execAndSave(
        [&](QString *error) { return m_session->interviewStore().saveQuestion(dialog.question(), error); });
}

void QuestionsPanel::removeQuestion()
{
    const int row = m_list->currentRecord();
    if (row < 0)
        return;
    const InterviewStore &store = m_session->interviewStore();
    const qint64 id = store.questions().at(row).id;
    const auto answers = std::count_if(store.attempts().cbegin(), store.attempts().cend(),
                                       [id](const PracticeAttempt &attempt) { return attempt.questionId == id; });
    const QString text = store.questions().at(row).text;
    const QString ask = answers == 0 ? tr("Remove the question “%1”?").arg(text)
                        : answers == 1
                            ? tr("Remove the question “%1” and its practice answer?").arg(text)
                            : tr("Remove the question “%1” and its %2 practice answers?").arg(text).arg(answers);
    if (QMessageBox::question(this, tr("Remove Question"), ask) != QMessageBox::Yes)
        return;
    CheckedEdit::run(this, tr("Question Bank"), tr("The question was not removed."),
                     [&](QString *error) { return m_session->interviewStore().removeQuestion(row, error); });
}

} // namespace careerplanner
