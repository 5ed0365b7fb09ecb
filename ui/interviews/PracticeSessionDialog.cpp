#include "ui/interviews/PracticeSessionDialog.h"

#include "core/plan/PlanSession.h"
#include "core/skills/SkillCsv.h"
#include "ui/interviews/InterviewWords.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/CheckedEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace careerplanner {

PracticeSessionDialog::PracticeSessionDialog(PlanSession *session, const QList<qint64> &questionIds, int limitSeconds,
                                             QWidget *parent, PracticeClock::Source clock, StoryWriter writeStory)
    : QDialog(parent)
    , m_session(session)
    , m_storyWriter(std::move(writeStory))
    , m_questions(questionIds)
    , m_clock(std::move(clock))
    , m_limit(limitSeconds)
    , m_tick(new QTimer(this))
    , m_progress(new QLabel(this))
    , m_question(new QLabel(this))
    , m_about(new QLabel(this))
    , m_time(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_done(new QPushButton(tr("&Done Answering"), this))
    , m_rating(new QGroupBox(tr("How did it go?"), this))
    , m_story(new QComboBox(this))
    , m_writeStory(new QPushButton(tr("&Write a Story…"), this))
    , m_note(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save && Next"), this))
    , m_skip(new QPushButton(tr("S&kip"), this))
{
    setWindowTitle(tr("Interview Practice"));
    setObjectName(QStringLiteral("practiceSession"));
    m_progress->setObjectName(QStringLiteral("practiceProgress"));
    m_question->setObjectName(QStringLiteral("practiceQuestion"));
    m_question->setWordWrap(true);
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_question->setFont(big);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_about->setObjectName(QStringLiteral("practiceAbout"));
    m_about->setWordWrap(true);
    m_time->setObjectName(QStringLiteral("practiceTime"));
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_time->setFont(big);
    m_time->setAccessibleName(tr("Time left"));
    m_warning->setObjectName(QStringLiteral("practiceWarning"));
    m_pause->setObjectName(QStringLiteral("practicePause"));
    m_done->setObjectName(QStringLiteral("practiceDone"));
    m_story->setObjectName(QStringLiteral("practiceStory"));
    m_writeStory->setObjectName(QStringLiteral("practiceWriteStory"));
    m_note->setObjectName(QStringLiteral("practiceNote"));
    m_note->setPlaceholderText(tr("What to do better next time"));
    m_save->setObjectName(QStringLiteral("practiceSave"));
    m_skip->setObjectName(QStringLiteral("practiceSkip"));

    auto *ratings = new QFormLayout(m_rating);
    auto *storyRow = new QHBoxLayout;
    storyRow->addWidget(m_story, 1);
    storyRow->addWidget(m_writeStory);
    // Labels made here, so that each names the field its shortcut goes to: the rows are layouts.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *made = new QLabel(text, this);
        made->setBuddy(buddy);
        return made;
    };
    ratings->addRow(label(tr("S&tory told:"), m_story), storyRow);
    const struct
    {
        const char *name;
        const char *label;
        const char *help;
    } rubric[] = {
        { "practiceStructure", QT_TR_NOOP("St&ructure:"), QT_TR_NOOP("Situation, task, action and result all there") },
        { "practiceSpecificity", QT_TR_NOOP("Spe&cificity:"), QT_TR_NOOP("What you did yourself, in detail") },
        { "practiceResult", QT_TR_NOOP("Measurable res&ult:"), QT_TR_NOOP("A number that shows the result") },
        { "practiceFit", QT_TR_NOOP("&Fit to the question:"), QT_TR_NOOP("It answers the principle asked about") },
        { "practiceLength", QT_TR_NOOP("&Length:"), QT_TR_NOOP("Neither rushed nor rambling") },
    };
    for (const auto &part : rubric) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QLatin1String(part.name));
        box->setRange(PracticeAttempt::LowestRating, PracticeAttempt::HighestRating);
        box->setValue(3);
        box->setSuffix(tr(" of 5"));
        box->setToolTip(tr(part.help));
        m_rubric.append(box);
        auto *row = new QHBoxLayout;
        row->addWidget(box);
        row->addWidget(new QLabel(tr(part.help), this), 1);
        ratings->addRow(label(tr(part.label), box), row);
    }
    ratings->addRow(tr("&Note:"), m_note);

    auto *clockRow = new QHBoxLayout;
    clockRow->addWidget(m_time);
    clockRow->addWidget(m_warning, 1);
    clockRow->addWidget(m_pause);
    clockRow->addWidget(m_done);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_skip, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_question);
    layout->addWidget(m_about);
    layout->addLayout(clockRow);
    layout->addWidget(m_rating);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(680, 560);

    connect(m_tick, &QTimer::timeout, this, &PracticeSessionDialog::refreshClock);
    connect(m_pause, &QPushButton::clicked, this, &PracticeSessionDialog::togglePause);
    connect(m_done, &QPushButton::clicked, this, &PracticeSessionDialog::finishAnswer);
    connect(m_save, &QPushButton::clicked, this, &PracticeSessionDialog::saveAndNext);
    connect(m_skip, &QPushButton::clicked, this, &PracticeSessionDialog::next);
    connect(m_writeStory, &QPushButton::clicked, this, &PracticeSessionDialog::writeStory);
    connect(m_story, &QComboBox::currentIndexChanged, this, &PracticeSessionDialog::updateStoryOffer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_tick->start(200);
    showQuestion();
}

void PracticeSessionDialog::showQuestion()
{
    const InterviewStore &store = m_session->interviewStore();
    const int index = m_current < m_questions.size() ? store.questionIndex(m_questions.at(m_current)) : -1;
    if (index < 0) {
        m_tick->stop();
        m_progress->setText(m_saved == 1 ? tr("Session done: 1 answer saved.")
                                         : tr("Session done: %1 answers saved.").arg(m_saved));
        m_question->setText(m_saved > 0 ? tr("Well done. The questions come back when they are due again.")
                                        : tr("Nothing saved this time."));
        m_about->clear();
        m_time->clear();
        m_warning->clear();
        for (QWidget *widget :
             { static_cast<QWidget *>(m_pause), static_cast<QWidget *>(m_done), static_cast<QWidget *>(m_rating),
               static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_skip) })
            widget->setEnabled(false);
        return;
    }
    const Question &question = store.questions().at(index);
    m_progress->setText(tr("Question %1 of %2").arg(m_current + 1).arg(m_questions.size()));
    m_question->setText(question.text);
    QStringList probes;
    for (const QString &key : question.principles + question.skills)
        probes.append(SkillCsv::skillName(m_session->skillStore().skills(), key));
    m_about->setText(
        tr("%1 · %2%3")
            .arg(InterviewWords::stageName(question.stage), InterviewWords::kindName(question.kind),
                 probes.isEmpty() ? QString() : tr(" · probes %1").arg(probes.join(QStringLiteral(", ")))));
    // The story most likely to fit: the first that shows one of the principles asked about.
    qint64 likely = 0;
    for (const Story &story : m_session->storyStore().stories()) {
        if (std::any_of(question.principles.cbegin(), question.principles.cend(),
                        [&story](const QString &key) { return story.tags.contains(key); })) {
            likely = story.id;
            break;
        }
    }
    fillStories(likely);
    for (QSpinBox *box : std::as_const(m_rubric))
        box->setValue(3);
    m_note->clear();
    m_rating->setEnabled(false);
    m_save->setEnabled(false);
    m_skip->setEnabled(true);
    m_pause->setEnabled(true);
    m_done->setEnabled(true);
    m_pause->setText(tr("&Pause"));
    m_clock.start(m_limit);
    m_done->setFocus();
    refreshClock();
}

void PracticeSessionDialog::refreshClock()
{
    if (!m_done->isEnabled())
        return; // the answer is over: the time stands where it stopped
    const int shown = m_limit > 0 ? m_clock.remainingSeconds() : m_clock.elapsedSeconds();
    m_time->setText(PracticeClock::format(shown));
    QString warning;
    if (m_clock.isPaused())
        warning = tr("Paused");
    else if (m_clock.isOverTime())
        warning = tr("Time is up: wrap up with the result");
    else if (m_clock.isWarning())
        warning = m_clock.remainingSeconds() == 1 ? tr("1 second left")
                                                  : tr("%1 seconds left").arg(m_clock.remainingSeconds());
    m_warning->setText(warning);
    // The forms' error colour, so that the last seconds stand out without a sound.
    const bool alarm = !m_clock.isPaused() && (m_clock.isWarning() || m_clock.isOverTime());
    if (alarm == m_alarm)
        return; // a style sheet polishes the labels again: set only when it changes
    m_alarm = alarm;
    m_time->setStyleSheet(alarm ? Appearance::errorStyleSheet() : QString());
    m_warning->setStyleSheet(alarm ? Appearance::errorStyleSheet() : QString());
}

void PracticeSessionDialog::togglePause()
{
    if (m_clock.isPaused()) {
        m_clock.resume();
        m_pause->setText(tr("&Pause"));
    } else {
        m_clock.pause();
        m_pause->setText(tr("&Resume"));
    }
    refreshClock();
}

void PracticeSessionDialog::finishAnswer()
{
    m_secondsTaken = m_clock.elapsedSeconds();
    m_clock.pause();
    m_done->setEnabled(false);
    m_pause->setEnabled(false);
    m_warning->setText(tr("Answered in %1").arg(PracticeClock::format(m_secondsTaken)));
    m_rating->setEnabled(true);
    m_save->setEnabled(true);
    m_save->setDefault(true);
    m_story->setFocus();
}

void PracticeSessionDialog::saveAndNext()
{
    PracticeAttempt attempt;
    attempt.questionId = m_questions.at(m_current);
    attempt.practisedOn = QDate::currentDate();
    attempt.secondsTaken = m_secondsTaken;
    attempt.timeLimit = m_limit;
    attempt.storyId = m_story->currentData().toLongLong();
    int *const parts[] = { &attempt.structure, &attempt.specificity, &attempt.result, &attempt.fit, &attempt.length };
    for (int i = 0; i < m_rubric.size(); ++i)
        *parts[i] = m_rubric.at(i)->value();
    attempt.note = m_note->text().trimmed();
    if (!CheckedEdit::run(this, tr("Interview Practice"), tr("The answer was not saved."),
                          [&](QString *error) { return m_session->interviewStore().saveAttempt(attempt, error); }))
        return;
    ++m_saved;
    next();
}

void PracticeSessionDialog::next()
{
    ++m_current;
    showQuestion();
}

void PracticeSessionDialog::fillStories(qint64 chosen)
{
    const QSignalBlocker blocker(m_story);
    m_story->clear();
    for (const Story &story : m_session->storyStore().stories())
        m_story->addItem(story.title, story.id);
    m_story->addItem(tr("I had no story for this"), qint64(0));
    m_story->setCurrentIndex(qMax(0, m_story->findData(chosen)));
    updateStoryOffer();
}

void PracticeSessionDialog::updateStoryOffer()
{
    m_writeStory->setVisible(m_storyWriter && m_story->currentData().toLongLong() == 0);
}

void PracticeSessionDialog::writeStory()
{
    const InterviewStore &store = m_session->interviewStore();
    const Question &question = store.questions().at(store.questionIndex(m_questions.at(m_current)));
    const qint64 written = m_storyWriter(this, question.principles + question.skills);
    if (written != 0)
        fillStories(written);
}

} // namespace careerplanner
