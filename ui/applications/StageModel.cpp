#include "ui/applications/StageModel.h"

#include "core/applications/ApplicationReminders.h"
#include "core/base/DateText.h"
#include "core/base/DisplayText.h"
#include "core/plan/PlanSession.h"

#include <QFont>

namespace careerplanner {

StageModel::StageModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Stage"), tr("When"), tr("Length"), tr("With"), tr("How it went") }, parent)
    , m_session(session)
{
    connect(&session->applicationStore(), &ApplicationStore::stagesChanged, this, &StageModel::reread);
}

void StageModel::showApplication(qint64 applicationId)
{
    m_applicationId = applicationId;
    reread();
}

void StageModel::reread()
{
    beginResetModel();
    m_stages
        = m_applicationId == 0 ? QList<ApplicationStage>() : m_session->applicationStore().stagesOf(m_applicationId);
    endResetModel();
}

int StageModel::recordCount() const
{
    return static_cast<int>(m_stages.size());
}

const ApplicationStage &StageModel::stageAt(int row) const
{
    return m_stages.at(row);
}

int StageModel::rowOf(qint64 stageId) const
{
    for (int row = 0; row < m_stages.size(); ++row) {
        if (m_stages.at(row).id == stageId)
            return row;
    }
    return -1;
}

QVariant StageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationStage &stage = m_stages.at(index.row());
    const bool over = stage.isBooked() && ApplicationReminders::over(stage) <= QDateTime::currentDateTime();
    if (role == Qt::FontRole && over) {
        QFont font;
        font.setItalic(true); // what has taken place reads apart from what is to come
        return font;
    }
    if (role == Qt::ToolTipRole)
        return stage.notes.isEmpty() ? QVariant() : QVariant(DisplayText::shortened(stage.notes, 2000));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return DisplayText::shortened(stage.name);
    case WhenColumn:
        if (!stage.isBooked())
            return tr("Not booked");
        return stage.hasTime() ? DateText::dateTime(stage.start()) : DateText::longDate(stage.date);
    case LengthColumn:
        return stage.durationMinutes == 0 ? QString() : tr("%1 min").arg(stage.durationMinutes);
    case WithColumn: {
        const QString with = stage.interviewerRole.isEmpty()
                                 ? stage.interviewer
                                 : tr("%1 (%2)").arg(stage.interviewer, stage.interviewerRole);
        return DisplayText::shortened(with.isEmpty() ? stage.format : with);
    }
    case RatingColumn:
        return stage.rating == 0 ? (over ? tr("Not rated") : QString())
                                 : tr("%1 of %2").arg(stage.rating).arg(ApplicationStage::HighestRating);
    }
    return {};
}

} // namespace careerplanner
