#include "ui/path/MilestoneModel.h"

#include "ui/widgets/Appearance.h"
#include "core/plan/PlanSession.h"

#include <QColor>
#include <QLocale>

namespace careerplanner {

MilestoneModel::MilestoneModel(PlanSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session->pathStore(), &PathStore::scenariosChanged, this, [this] {
        beginResetModel();
        if (!valid())
            m_scenario = m_step = -1;
        endResetModel();
    });
    connect(&session->pathStore(), &PathStore::milestoneChanged, this, [this](int scenario, int step, int milestone) {
        if (scenario == m_scenario && step == m_step)
            Q_EMIT dataChanged(index(milestone, 0), index(milestone, ColumnCount - 1));
    });
}

bool MilestoneModel::valid() const
{
    return m_scenario >= 0 && m_scenario < m_session->pathStore().scenarios().size() && m_step >= 0
           && m_step < m_session->pathStore().scenarios().at(m_scenario).steps.size();
}

void MilestoneModel::setStep(int scenario, int step)
{
    beginResetModel();
    m_scenario = scenario;
    m_step = step;
    endResetModel();
}

void MilestoneModel::setToday(const QDate &today)
{
    beginResetModel();
    m_today = today;
    endResetModel();
}

int MilestoneModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !valid())
        return 0;
    return static_cast<int>(m_session->pathStore().scenarios().at(m_scenario).steps.at(m_step).milestones.size());
}

int MilestoneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Milestone &milestone
        = m_session->pathStore().scenarios().at(m_scenario).steps.at(m_step).milestones.at(index.row());
    const bool overdue = milestone.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return milestone.title;
        case DueColumn:
            return milestone.dueDate.isValid() ? QLocale().toString(milestone.dueDate, QLocale::ShortFormat)
                                               : QString();
        case StatusColumn:
            return overdue ? tr("%1 — overdue").arg(Milestone::statusToDisplayName(milestone.status))
                           : Milestone::statusToDisplayName(milestone.status);
        case CompletedColumn:
            return milestone.completedDate.isValid() ? QLocale().toString(milestone.completedDate, QLocale::ShortFormat)
                                                     : QString();
        case EvidenceColumn:
            return milestone.evidence;
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return milestone.title;
        case DueColumn:
            return milestone.dueDate.isValid() ? milestone.dueDate : m_today;
        case StatusColumn:
            return static_cast<int>(milestone.status);
        case CompletedColumn:
            return milestone.completedDate.isValid() ? milestone.completedDate : m_today;
        case EvidenceColumn:
            return milestone.evidence;
        }
        return {};
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DueColumn || index.column() == StatusColumn))
            return Appearance::errorColor();
        if (milestone.status == Milestone::Status::Dropped)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case Qt::ToolTipRole:
        return overdue ? tr("Past its due date and not done.") : QVariant();
    default:
        return {};
    }
}

bool MilestoneModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Milestone milestone = m_session->pathStore().scenarios().at(m_scenario).steps.at(m_step).milestones.at(index.row());
    switch (index.column()) {
    case TitleColumn:
        milestone.title = value.toString().trimmed();
        break;
    case DueColumn:
        milestone.dueDate = value.toDate();
        break;
    case StatusColumn:
        milestone.status = static_cast<Milestone::Status>(value.toInt());
        // Done is dated (today unless changed); anything else has no completion date.
        if (milestone.status == Milestone::Status::Done && !milestone.completedDate.isValid())
            milestone.completedDate = m_today;
        else if (milestone.status != Milestone::Status::Done)
            milestone.completedDate = QDate();
        break;
    case CompletedColumn:
        if (milestone.status != Milestone::Status::Done) {
            Q_EMIT editRefused(tr("Only a milestone that is done has a completion date."));
            return false;
        }
        milestone.completedDate = value.toDate();
        break;
    case EvidenceColumn:
        milestone.evidence = value.toString();
        break;
    default:
        return false;
    }
    QString error;
    if (!m_session->pathStore().updateMilestone(m_scenario, m_step, index.row(), milestone, &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

Qt::ItemFlags MilestoneModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant MilestoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Milestone");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case CompletedColumn:
        return tr("Done on");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace careerplanner
