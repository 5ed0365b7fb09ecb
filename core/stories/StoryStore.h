#pragma once

#include "core/base/LazyRead.h"
#include "core/stories/Story.h"
#include "core/undo/FeatureStore.h"

#include <QList>

namespace careerplanner {

class SkillStore;

// The user's STAR stories, newest first, read when first asked for (the pages that show
// them are made when first shown).
class StoryStore : public FeatureStore
{
    Q_OBJECT

public:
    // skills: what a story's tags must name.
    StoryStore(EditRecorder &recorder, const SkillStore &skills, QObject *parent = nullptr);

    const QList<Story> &stories() const { return m_stories.get(); }
    void forget() { m_stories.forget(); } // the file changed: read again when next asked
    // After read(): every signal once, as everything may have changed.
    void announceReread();

    bool saveStory(const Story &story, QString *error); // new when id is 0
    bool removeStory(int index, QString *error);

Q_SIGNALS:
    void storiesChanged();

private:
    const SkillStore &m_skills;
    mutable LazyRead<QList<Story>> m_stories;
};

} // namespace careerplanner
