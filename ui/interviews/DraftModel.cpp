#include "ui/interviews/DraftModel.h"

#include "core/interviews/WritingTemplates.h"
#include "core/plan/PlanSession.h"

#include <QLocale>

namespace careerplanner {

DraftModel::DraftModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Draft"), tr("Written"), tr("Words") }, parent)
    , m_session(session)
{
    resetOn(&session->interviewStore(), &InterviewStore::draftsChanged);
}

int DraftModel::recordCount() const
{
    return static_cast<int>(m_session->interviewStore().drafts().size());
}

QVariant DraftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WritingDraft &draft = m_session->interviewStore().drafts().at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == WordsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return draft.title;
    case DateColumn:
        return QLocale().toString(draft.writtenOn, QLocale::ShortFormat);
    case WordsColumn:
        return QLocale().toString(WritingTemplates::wordCount(draft.body));
    }
    return {};
}

} // namespace careerplanner
