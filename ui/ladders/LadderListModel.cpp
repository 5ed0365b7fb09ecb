#include "ui/ladders/LadderListModel.h"

#include "core/plan/PlanSession.h"

namespace careerplanner {

LadderListModel::LadderListModel(PlanSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(&session->ladderStore(), &LadderStore::laddersAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(&session->ladderStore(), &LadderStore::laddersInserted, this, [this] { endInsertRows(); });
    connect(&session->ladderStore(), &LadderStore::laddersAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(&session->ladderStore(), &LadderStore::laddersRemoved, this, [this] { endRemoveRows(); });
    connect(session, &PlanSession::planAboutToBeReloaded, this, &LadderListModel::beginResetModel);
    connect(session, &PlanSession::planReloaded, this, &LadderListModel::endResetModel);
}

int LadderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_session->ladderStore().ladders().size());
}

QVariant LadderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CareerLadder &ladder = m_session->ladderStore().ladders().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return ladder.company.isEmpty() || ladder.name.contains(ladder.company)
                   ? ladder.name
                   : tr("%1 (%2)").arg(ladder.name, ladder.company);
    case Qt::ToolTipRole:
        return ladder.description;
    default:
        return {};
    }
}

} // namespace careerplanner
