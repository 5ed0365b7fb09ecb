#pragma once

#include "core/base/LazyRead.h"
#include "core/interviews/PracticeAttempt.h"
#include "core/interviews/PracticeSchedule.h"
#include "core/interviews/Question.h"
#include "core/interviews/WritingDraft.h"
#include "core/undo/FeatureStore.h"

#include <QHash>
#include <QList>

#include <functional>

namespace careerplanner {

class SkillStore;
class StoryStore;

// The plan's interview questions, the practice attempts at them and the drafts of the
// writing assessment, each read when first asked for (the page that shows them is made
// when first shown). Every edit is one undo step.
class InterviewStore : public FeatureStore
{
    Q_OBJECT

public:
    // skills: what a question's tags must name; stories: what an attempt may have told.
    InterviewStore(EditRecorder &recorder, const SkillStore &skills, const StoryStore &stories,
                   QObject *parent = nullptr);

    const QList<Question> &questions() const { return m_questions.get(); }
    const QList<PracticeAttempt> &attempts() const { return m_attempts.get(); } // oldest first
    const QList<WritingDraft> &drafts() const { return m_drafts.get(); } // newest first
    // Each practised question's place in the schedule, by question id.
    const QHash<qint64, PracticeSchedule::State> &schedule() const;
    int questionIndex(qint64 questionId) const; // -1 when it is not in the plan
    void forget(); // the file changed: read again when next asked
    // After a reread: every signal once, as everything may have changed.
    void announceReread();
    // The file sets an attempt's story to none when the story is removed: read them again.
    void storiesEdited();
    // The days each question was asked in real interviews (another feature's records), by
    // question id: such a question joins the schedule.
    void setAskedInInterviews(std::function<QMultiHash<qint64, QDate>()> asked) { m_asked = std::move(asked); }
    void interviewsEdited(); // what setAskedInInterviews gives may have changed

    // New when id is 0; *savedId, when given, is the question's id in the plan.
    bool saveQuestion(const Question &question, QString *error, qint64 *savedId = nullptr);
    bool removeQuestion(int index, QString *error);
    bool saveAttempt(const PracticeAttempt &attempt, QString *error); // new when id is 0
    bool removeAttempt(int index, QString *error);
    bool saveDraft(const WritingDraft &draft, QString *error); // new when id is 0
    bool removeDraft(int index, QString *error);

Q_SIGNALS:
    void questionsChanged();
    void attemptsChanged();
    void draftsChanged();

private:
    const SkillStore &m_skills;
    const StoryStore &m_stories;
    mutable LazyRead<QList<Question>> m_questions;
    mutable LazyRead<QList<PracticeAttempt>> m_attempts;
    mutable LazyRead<QList<WritingDraft>> m_drafts;
    mutable QHash<qint64, PracticeSchedule::State> m_schedule;
    mutable bool m_scheduleKnown = false;
    std::function<QMultiHash<qint64, QDate>()> m_asked;
};

} // namespace careerplanner
