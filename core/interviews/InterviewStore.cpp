#include "core/interviews/InterviewStore.h"

#include "core/interviews/DraftRepository.h"
#include "core/interviews/PracticeRepository.h"
#include "core/interviews/QuestionRepository.h"
#include "core/skills/SkillStore.h"
#include "core/stories/StoryStore.h"
#include "core/undo/EditRecording.h"

#include <algorithm>

namespace careerplanner {

namespace {

// A question's text, shortened for an edit's description in the Undo menu.
QString shortText(const QString &text)
{
    constexpr int Shown = 40;
    const QString simple = text.simplified();
    return simple.size() <= Shown ? simple : simple.left(Shown - 1) + QChar(0x2026);
}

} // namespace

InterviewStore::InterviewStore(EditRecorder &recorder, const SkillStore &skills, const StoryStore &stories,
                               QObject *parent)
    : FeatureStore(recorder, parent)
    , m_skills(skills)
    , m_stories(stories)
    , m_questions(
          [this](QList<Question> *list, QString *error) { return QuestionRepository(plan()).load(list, error); },
          "interview questions")
    , m_attempts(
          [this](QList<PracticeAttempt> *list, QString *error) { return PracticeRepository(plan()).load(list, error); },
          "practice attempts")
    , m_drafts([this](QList<WritingDraft> *list, QString *error) { return DraftRepository(plan()).load(list, error); },
               "writing drafts")
{
}

const QHash<qint64, PracticeSchedule::State> &InterviewStore::schedule() const
{
    if (!m_scheduleKnown) {
        m_schedule = PracticeSchedule::states(attempts(), m_asked ? m_asked() : QMultiHash<qint64, QDate>());
        m_scheduleKnown = true;
    }
    return m_schedule;
}

int InterviewStore::questionIndex(qint64 questionId) const
{
    const auto found = std::find_if(questions().cbegin(), questions().cend(),
                                    [questionId](const Question &question) { return question.id == questionId; });
    return found == questions().cend() ? -1 : static_cast<int>(found - questions().cbegin());
}

void InterviewStore::forget()
{
    m_questions.forget();
    m_attempts.forget();
    m_drafts.forget();
    m_scheduleKnown = false;
}

void InterviewStore::announceReread()
{
    Q_EMIT questionsChanged();
    Q_EMIT attemptsChanged();
    Q_EMIT draftsChanged();
}

void InterviewStore::storiesEdited()
{
    m_attempts.forget();
    m_scheduleKnown = false;
}

void InterviewStore::interviewsEdited()
{
    m_scheduleKnown = false;
    Q_EMIT attemptsChanged(); // the schedule's views
}

bool InterviewStore::saveQuestion(const Question &question, QString *error, qint64 *savedId)
{
    const EditRecording recording(recorder(), question.id == 0 ? tr("Add question %1").arg(shortText(question.text))
                                                               : tr("Edit question %1").arg(shortText(question.text)));
    Question stored = question;
    if (!QuestionRepository(plan()).save(stored, m_skills.skills(), error) || !m_questions.reread(error))
        return false;
    if (savedId)
        *savedId = stored.id;
    Q_EMIT questionsChanged();
    return true;
}

bool InterviewStore::removeQuestion(int index, QString *error)
{
    QList<Question> &questions = m_questions.get(); // read first, if no page has asked for them yet
    const EditRecording recording(recorder(),
                                  tr("Remove question %1").arg(shortText(nameAt(questions, index, &Question::text))));
    if (!holds(questions, index, tr("That question is no longer in the plan."), error))
        return false;
    const qint64 id = questions.at(index).id;
    if (!QuestionRepository(plan()).remove(id, error))
        return false;
    questions.removeAt(index);
    // Its attempts went with it.
    const bool hadAttempts = std::any_of(attempts().cbegin(), attempts().cend(),
                                         [id](const PracticeAttempt &attempt) { return attempt.questionId == id; });
    Q_EMIT questionsChanged();
    if (hadAttempts) {
        m_attempts.get().removeIf([id](const PracticeAttempt &attempt) { return attempt.questionId == id; });
        m_scheduleKnown = false;
        Q_EMIT attemptsChanged();
    }
    return true;
}

bool InterviewStore::saveAttempt(const PracticeAttempt &attempt, QString *error)
{
    const int question = questionIndex(attempt.questionId);
    if (question < 0) {
        *error = tr("That question is no longer in the plan.");
        return false;
    }
    const QList<Story> &stories = m_stories.stories();
    if (attempt.storyId != 0 && std::none_of(stories.cbegin(), stories.cend(), [&attempt](const Story &story) {
            return story.id == attempt.storyId;
        })) {
        *error = tr("That story is no longer in the plan.");
        return false;
    }
    const EditRecording recording(recorder(), tr("Practise %1").arg(shortText(questions().at(question).text)));
    PracticeAttempt stored = attempt;
    if (!PracticeRepository(plan()).save(stored, QDate::currentDate(), error) || !m_attempts.reread(error))
        return false;
    m_scheduleKnown = false;
    Q_EMIT attemptsChanged();
    return true;
}

bool InterviewStore::removeAttempt(int index, QString *error)
{
    QList<PracticeAttempt> &attempts = m_attempts.get();
    const EditRecording recording(recorder(), tr("Remove practice attempt"));
    if (!holds(attempts, index, tr("That attempt is no longer in the plan."), error)
        || !PracticeRepository(plan()).remove(attempts.at(index).id, error))
        return false;
    attempts.removeAt(index);
    m_scheduleKnown = false;
    Q_EMIT attemptsChanged();
    return true;
}

bool InterviewStore::saveDraft(const WritingDraft &draft, QString *error)
{
    const EditRecording recording(recorder(), draft.id == 0 ? tr("Add draft %1").arg(draft.title)
                                                            : tr("Edit draft %1").arg(draft.title));
    WritingDraft stored = draft;
    if (!DraftRepository(plan()).save(stored, error) || !m_drafts.reread(error))
        return false;
    Q_EMIT draftsChanged();
    return true;
}

bool InterviewStore::removeDraft(int index, QString *error)
{
    QList<WritingDraft> &drafts = m_drafts.get();
    const EditRecording recording(recorder(), tr("Remove draft %1").arg(nameAt(drafts, index, &WritingDraft::title)));
    if (!holds(drafts, index, tr("That draft is no longer in the plan."), error)
        || !DraftRepository(plan()).remove(drafts.at(index).id, error))
        return false;
    drafts.removeAt(index);
    Q_EMIT draftsChanged();
    return true;
}

} // namespace careerplanner
