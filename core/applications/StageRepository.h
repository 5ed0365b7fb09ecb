#pragma once

#include "core/applications/ApplicationStage.h"
#include "core/skills/Skill.h"

#include <QList>
#include <QMultiHash>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes the stages of a plan's applications, with the principles they probe
// and the questions asked in them. Each write is checked first and is one transaction.
class StageRepository
{
public:
    explicit StageRepository(PlanDatabase &plan);

    // Every application's stages, by application and then in order.
    bool load(QList<ApplicationStage> *stages, QString *error) const;
    // The days each question was asked in a stage booked on today or before, without reading
    // the stages themselves: what the practice schedule needs when a plan opens.
    bool askedQuestions(const QDate &today, QMultiHash<qint64, QDate> *asked, QString *error) const;
    // skills: what the principles must name. A new stage goes last of its application.
    bool save(ApplicationStage &stage, const QList<Skill> &skills, QString *error); // new when id is 0
    bool remove(qint64 stageId, QString *error);
    // Puts an application's stages in the order of stageIds (all of its stages).
    bool reorder(qint64 applicationId, const QList<qint64> &stageIds, QString *error);

    static QString validate(const ApplicationStage &stage, const QList<Skill> &skills);

private:
    bool writeTags(const ApplicationStage &stage, QString *error);

    PlanDatabase &m_plan;
};

} // namespace careerplanner
