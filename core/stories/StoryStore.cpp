#include "core/stories/StoryStore.h"

#include "core/base/HappenedDate.h"
#include "core/skills/SkillStore.h"
#include "core/stories/StoryRepository.h"
#include "core/undo/EditRecording.h"

#include <algorithm>

namespace careerplanner {

StoryStore::StoryStore(EditRecorder &recorder, const SkillStore &skills, QObject *parent)
    : FeatureStore(recorder, parent)
    , m_skills(skills)
    , m_stories([this](QList<Story> *list, QString *error) { return StoryRepository(plan()).load(list, error); },
                "stories")
{
}

bool StoryStore::saveStory(const Story &story, QString *error)
{
    const auto before
        = std::find_if(stories().cbegin(), stories().cend(), [&story](const Story &s) { return s.id == story.id; });
    const QDate was = story.id != 0 && before != stories().cend() ? before->date : QDate();
    if (!passes(HappenedDate::problemIfChanged(HappenedDate::Kind::Story, was, story.date, QDate::currentDate()),
                error))
        return false;
    const EditRecording recording(recorder(), story.id == 0 ? tr("Add story %1").arg(story.title)
                                                            : tr("Edit story %1").arg(story.title));
    Story stored = story;
    if (!StoryRepository(plan()).save(stored, m_skills.skills(), error) || !m_stories.reread(error))
        return false;
    Q_EMIT storiesChanged();
    return true;
}

bool StoryStore::removeStory(int index, QString *error)
{
    QList<Story> &stories = m_stories.get(); // read first, if no page has asked for them yet
    const EditRecording recording(recorder(), tr("Remove story %1").arg(nameAt(stories, index, &Story::title)));
    if (!holds(stories, index, tr("That story is no longer in the plan."), error))
        return false;
    if (!StoryRepository(plan()).remove(stories.at(index).id, error))
        return false;
    stories.removeAt(index);
    Q_EMIT storiesChanged();
    return true;
}

void StoryStore::announceReread()
{
    Q_EMIT storiesChanged();
}

} // namespace careerplanner
