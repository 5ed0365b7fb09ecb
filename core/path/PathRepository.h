#pragma once

#include "core/ladders/CareerLadder.h"
#include "core/path/Scenario.h"
#include "core/path/Promotion.h"
#include "core/path/Profile.h"

#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes the profile, the path scenarios with their steps and milestones, and
// the promotions that happened. Writes are checked against the plan's ladders first and
// each runs in one transaction.
class PathRepository
{
public:
    explicit PathRepository(PlanDatabase &plan);

    Profile loadProfile() const;
    bool saveProfile(const Profile &profile, QString *error);

    enum class Milestones { Read, Left };
    // Left: the steps without their milestones, which are most of a large plan's path.
    bool loadScenarios(QList<Scenario> *scenarios, QString *error, Milestones milestones = Milestones::Read) const;
    // A new scenario with its steps and milestones; fills in the row ids. A primary one
    // takes over from the scenario that was primary.
    bool insertScenario(Scenario &scenario, const QList<CareerLadder> &ladders, QString *error);
    // Replaces a stored scenario's name, steps and milestones; fills in the new row ids.
    bool replaceScenario(Scenario &scenario, const QList<CareerLadder> &ladders, QString *error);
    bool removeScenario(qint64 scenarioId, QString *error);
    // One milestone's status, dates and evidence, without touching the rest of the path.
    bool updateMilestone(const Milestone &milestone, QString *error);

    bool loadPromotions(QList<Promotion> *promotions, QString *error) const; // by date
    bool insertPromotion(Promotion &promotion, QString *error);
    bool updatePromotion(const Promotion &promotion, QString *error); // by its id
    bool removePromotion(qint64 promotionId, QString *error);

private:
    PlanDatabase &m_plan;
};

} // namespace careerplanner
