#pragma once

#include "core/applications/ApplicationOffer.h"
#include "core/applications/JobApplication.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace careerplanner {

class PlanDatabase;

// Reads and writes a plan's applications, their offers and the reminders marked done or
// dismissed. Each write is checked first and is one transaction.
class ApplicationRepository
{
public:
    enum class ReminderState { Open, Done, Dismissed };

    explicit ApplicationRepository(PlanDatabase &plan);

    bool load(QList<JobApplication> *applications, QString *error) const; // in the order added
    bool loadOffers(QList<ApplicationOffer> *offers, QString *error) const;
    // The reminders marked done or dismissed, by application id and then reminder key.
    using Marks = QHash<qint64, QHash<QString, ReminderState>>;
    bool loadReminderStates(Marks *states, QString *error) const;

    bool save(JobApplication &application, const QDate &today, QString *error); // new when id is 0
    bool remove(qint64 applicationId, QString *error);
    bool saveOffer(const ApplicationOffer &offer, QString *error); // adds or replaces
    bool removeOffer(qint64 applicationId, QString *error);
    // Open clears the mark.
    bool setReminderState(qint64 applicationId, const QString &key, ReminderState state, QString *error);

private:
    PlanDatabase &m_plan;
};

using ReminderMarks = ApplicationRepository::Marks;

} // namespace careerplanner
