#include "ui/applications/ApplicationListModel.h"

#include "core/base/DisplayText.h"
#include "core/plan/PlanSession.h"

#include <QFont>

namespace careerplanner {

ApplicationListModel::ApplicationListModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Company"), tr("Role"), tr("Status"), tr("Next"), tr("Applied") }, parent)
    , m_session(session)
{
    // The order is worked out once per change, not per cell.
    for (auto signal : { &ApplicationStore::applicationsChanged, &ApplicationStore::stagesChanged })
        connect(&session->applicationStore(), signal, this, &ApplicationListModel::reorder);
    m_order
        = ApplicationAgenda::ordered(session->applicationStore().applications(), session->applicationStore().stages(),
                                     session->applicationStore().marks(), QDateTime::currentDateTime());
}

void ApplicationListModel::reorder()
{
    beginResetModel();
    const ApplicationStore &store = m_session->applicationStore();
    m_order
        = ApplicationAgenda::ordered(store.applications(), store.stages(), store.marks(), QDateTime::currentDateTime());
    endResetModel();
}

int ApplicationListModel::recordCount() const
{
    return static_cast<int>(m_order.size());
}

int ApplicationListModel::applicationAt(int row) const
{
    return row >= 0 && row < m_order.size() ? m_order.at(row).index : -1;
}

int ApplicationListModel::rowOf(int applicationIndex) const
{
    for (int row = 0; row < m_order.size(); ++row) {
        if (m_order.at(row).index == applicationIndex)
            return row;
    }
    return -1;
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationAgenda::Entry &entry = m_order.at(index.row());
    const ApplicationStore &store = m_session->applicationStore();
    const JobApplication &application = store.applications().at(entry.index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn:
            return DisplayText::shortened(application.company);
        case RoleColumn:
            return DisplayText::shortened(application.role);
        case StatusColumn:
            return application.statusSince.isValid()
                       ? tr("%1 since %2")
                             .arg(JobApplication::statusName(application.status),
                                  QLocale().toString(application.statusSince, QLocale::ShortFormat))
                       : JobApplication::statusName(application.status);
        case NextColumn:
            return DisplayText::shortened(entry.next);
        case AppliedColumn:
            return application.appliedOn.isValid() ? QLocale().toString(application.appliedOn, QLocale::ShortFormat)
                                                   : tr("Not yet");
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == NextColumn && !entry.next.isEmpty() ? entry.next : application.displayName();
    case Qt::FontRole:
        if (!application.isOpen()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SearchRole:
        return QStringList { application.company,  application.role,    application.ladder, application.level,
                             application.foundVia, application.contact, application.notes }
            .join(QLatin1Char('\n'));
    case TagsRole: {
        QStringList principles;
        for (const ApplicationStage &stage : store.stagesOf(application.id))
            principles += stage.principles;
        principles.removeDuplicates();
        return principles;
    }
    case StatusRole:
        return JobApplication::statusKey(application.status);
    case OpenRole:
        return application.isOpen() ? QStringLiteral("open") : QStringLiteral("ended");
    default:
        return {};
    }
}

} // namespace careerplanner
