#pragma once

#include "core/interviews/PracticeClock.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace careerplanner {

class PlanSession;

// A practice session: the drawn questions one at a time against a countdown (a warning in
// its last 30 seconds, a pause), then the story told (or none, with an offer to write
// one), a 1-5 rating on each part of the rubric and a note, saved as an attempt.
class PracticeSessionDialog final : public QDialog
{
    Q_OBJECT

public:
    // Writes a new story tagged with tags over parent and returns its id (0: none written).
    // The story dialog is another feature's, so the window that assembles both gives this.
    using StoryWriter = std::function<qint64(QWidget *parent, const QStringList &tags)>;

    // limitSeconds 0: no limit. clock: where time comes from (a test's fake clock).
    PracticeSessionDialog(PlanSession *session, const QList<qint64> &questionIds, int limitSeconds,
                          QWidget *parent = nullptr, PracticeClock::Source clock = PracticeClock::steadyClock(),
                          StoryWriter writeStory = {});

    int saved() const { return m_saved; } // attempts saved in this session

private:
    void showQuestion();
    void refreshClock();
    void togglePause();
    void finishAnswer();
    void saveAndNext();
    void next();
    void fillStories(qint64 chosen);
    void writeStory();
    void updateStoryOffer();

    PlanSession *m_session;
    StoryWriter m_storyWriter;
    QList<qint64> m_questions;
    int m_current = 0;
    int m_saved = 0;
    PracticeClock m_clock;
    int m_limit;
    int m_secondsTaken = 0;
    bool m_alarm = false; // the time shown in the error colour
    QTimer *m_tick;
    QLabel *m_progress;
    QLabel *m_question;
    QLabel *m_about;
    QLabel *m_time;
    QLabel *m_warning;
    QPushButton *m_pause;
    QPushButton *m_done;
    QGroupBox *m_rating;
    QComboBox *m_story;
    QPushButton *m_writeStory;
    QList<QSpinBox *> m_rubric; // structure, specificity, result, fit, length
    QLineEdit *m_note;
    QPushButton *m_save;
    QPushButton *m_skip;
};

} // namespace careerplanner
