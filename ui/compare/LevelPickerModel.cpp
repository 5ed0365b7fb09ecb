#include "ui/compare/LevelPickerModel.h"

#include "core/bands/BandComparison.h"
#include "core/plan/PlanSession.h"

namespace careerplanner {

LevelPickerModel::LevelPickerModel(PlanSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    rebuildRows();
    const auto reset = [this] {
        beginResetModel();
        rebuildRows();
        endResetModel();
        Q_EMIT checkedLevelsChanged();
    };
    connect(&session->ladderStore(), &LadderStore::levelsInserted, this, reset);
    connect(&session->ladderStore(), &LadderStore::levelsRemoved, this, reset);
    connect(&session->ladderStore(), &LadderStore::laddersInserted, this, reset);
    connect(&session->ladderStore(), &LadderStore::laddersRemoved, this, reset);
    connect(session, &PlanSession::planReloaded, this, reset);
    connect(&session->ladderStore(), &LadderStore::levelChanged, this, [this](int ladder, int level) {
        const int row = static_cast<int>(m_rows.indexOf(qMakePair(ladder, level)));
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
        Q_EMIT checkedLevelsChanged();
    });
}

void LevelPickerModel::rebuildRows()
{
    m_rows.clear();
    QList<qint64> stillThere;
    const QList<CareerLadder> &ladders = m_session->ladderStore().ladders();
    for (int l = 0; l < ladders.size(); ++l) {
        for (int v = 0; v < ladders.at(l).levels.size(); ++v) {
            m_rows.append({ l, v });
            if (m_checkedIds.contains(ladders.at(l).levels.at(v).id))
                stillThere.append(ladders.at(l).levels.at(v).id);
        }
    }
    m_checkedIds = stillThere;
}

int LevelPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant LevelPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [ladderIndex, levelIndex] = m_rows.at(index.row());
    const CareerLadder &ladder = m_session->ladderStore().ladders().at(ladderIndex);
    const CareerLevel &level = ladder.levels.at(levelIndex);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(level.title, ladder.name);
    case Qt::CheckStateRole:
        return m_checkedIds.contains(level.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return level.bands.isEmpty() ? tr("No salary figures for this level.") : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags LevelPickerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool LevelPickerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto [ladderIndex, levelIndex] = m_rows.at(index.row());
    const qint64 id = m_session->ladderStore().ladders().at(ladderIndex).levels.at(levelIndex).id;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checkedIds.contains(id))
        return true;
    if (checked && m_checkedIds.size() >= BandComparison::MaximumLevels)
        return false; // at most four: the view leaves the box unticked
    if (checked)
        m_checkedIds.append(id);
    else
        m_checkedIds.removeAll(id);
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT checkedLevelsChanged();
    return true;
}

void LevelPickerModel::setChecked(int ladderIndex, int levelIndex, bool checked)
{
    const int row = static_cast<int>(m_rows.indexOf(qMakePair(ladderIndex, levelIndex)));
    if (row >= 0)
        setData(index(row), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

QList<QPair<int, int>> LevelPickerModel::checkedLevels() const
{
    QList<QPair<int, int>> result;
    for (const auto &row : m_rows) {
        if (m_checkedIds.contains(m_session->ladderStore().ladders().at(row.first).levels.at(row.second).id))
            result.append(row);
    }
    return result;
}

} // namespace careerplanner
