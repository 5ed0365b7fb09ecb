#include "ui/applications/ReminderModel.h"

#include "core/base/DateText.h"
#include "core/base/DisplayText.h"
#include "core/plan/PlanSession.h"

#include <QPalette>

namespace careerplanner {

ReminderModel::ReminderModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Due"), tr("What to do"), tr("Application") }, parent)
    , m_session(session)
{
    for (auto signal : { &ApplicationStore::applicationsChanged, &ApplicationStore::stagesChanged })
        connect(&session->applicationStore(), signal, this, &ReminderModel::reread);
    m_reminders = session->applicationStore().reminders(QDateTime::currentDateTime());
}

void ReminderModel::reread()
{
    beginResetModel();
    m_reminders = m_session->applicationStore().reminders(QDateTime::currentDateTime());
    endResetModel();
}

int ReminderModel::recordCount() const
{
    return static_cast<int>(m_reminders.size());
}

QVariant ReminderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationReminder &reminder = m_reminders.at(index.row());
    const ApplicationStore &store = m_session->applicationStore();
    const int application = store.applicationIndex(reminder.applicationId);
    const QString name = application < 0 ? QString() : store.applications().at(application).displayName();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return DateText::dateTime(reminder.dueBy);
        case WhatColumn:
            return DisplayText::shortened(reminder.text);
        case ApplicationColumn:
            return DisplayText::shortened(name);
        }
        return {};
    case Qt::ToolTipRole:
        return reminder.text + QLatin1Char('\n') + name;
    case Qt::ForegroundRole:
        // Past its time: in the colour that asks for attention.
        if (index.column() == DueColumn && reminder.dueBy < QDateTime::currentDateTime())
            return QPalette().brush(QPalette::Link);
        return {};
    default:
        return {};
    }
}

} // namespace careerplanner
