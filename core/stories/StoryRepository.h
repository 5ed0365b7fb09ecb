#pragma once

#include "core/skills/Skill.h"
#include "core/stories/Story.h"

#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes a plan's STAR stories with their tags. Each write is checked first
// (its tags must be the plan's skills or Leadership Principles) and is one transaction.
class StoryRepository
{
public:
    explicit StoryRepository(PlanDatabase &plan);

    static QString validate(const Story &story, const QList<Skill> &skills);
    bool load(QList<Story> *stories, QString *error) const; // newest first
    bool save(Story &story, const QList<Skill> &skills, QString *error);
    bool remove(qint64 storyId, QString *error);

private:
    PlanDatabase &m_plan;
};

} // namespace careerplanner
