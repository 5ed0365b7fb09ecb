#pragma once

#include "core/applications/ApplicationReminder.h"
#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PlanSession;

// What to do next for the open applications, soonest first: when it is due, what it is
// and for which application. Marked done or dismissed, a reminder leaves the list.
class ReminderModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { DueColumn, WhatColumn, ApplicationColumn, ColumnCount };

    explicit ReminderModel(PlanSession *session, QObject *parent = nullptr);

    const ApplicationReminder &reminderAt(int row) const { return m_reminders.at(row); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    void reread();

    PlanSession *m_session;
    QList<ApplicationReminder> m_reminders;
};

} // namespace careerplanner
