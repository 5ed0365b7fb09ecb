#include "ui/path/ScenarioListModel.h"

#include "core/plan/PlanSession.h"

namespace careerplanner {

namespace {
constexpr int MaximumCompared = 3;
}

ScenarioListModel::ScenarioListModel(PlanSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(&session->pathStore(), &PathStore::scenariosChanged, this, [this] {
        // An edit inside a scenario keeps the rows: said as changed data, so a combo box on
        // the model stays on the scenario it showed (a reset sends it back to the first).
        const int rows = static_cast<int>(m_session->pathStore().scenarios().size());
        if (rows == m_rows && rows > 0) {
            Q_EMIT dataChanged(index(0), index(rows - 1));
        } else {
            beginResetModel();
            m_rows = rows;
            endResetModel();
        }
        Q_EMIT checkedChanged();
    });
    m_rows = static_cast<int>(session->pathStore().scenarios().size());
    // Compare the first scenarios until the user chooses.
    for (const Scenario &scenario : session->pathStore().scenarios()) {
        if (m_checkedIds.size() < MaximumCompared)
            m_checkedIds.append(scenario.id);
    }
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_session->pathStore().scenarios().size());
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scenario &scenario = m_session->pathStore().scenarios().at(index.row());
    if (role == Qt::DisplayRole)
        return scenario.primary ? tr("%1 (the plan)").arg(scenario.name) : scenario.name;
    if (role == Qt::CheckStateRole)
        return m_checkedIds.contains(scenario.id) ? Qt::Checked : Qt::Unchecked;
    return {};
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable : Qt::NoItemFlags;
}

bool ScenarioListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const qint64 id = m_session->pathStore().scenarios().at(index.row()).id;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked && !m_checkedIds.contains(id) && m_checkedIds.size() >= MaximumCompared)
        return false; // two or three at a time
    m_checkedIds.removeAll(id);
    if (checked)
        m_checkedIds.append(id);
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT checkedChanged();
    return true;
}

QList<int> ScenarioListModel::checkedRows() const
{
    QList<int> rows;
    for (int i = 0; i < rowCount(); ++i) {
        if (m_checkedIds.contains(m_session->pathStore().scenarios().at(i).id))
            rows.append(i);
    }
    return rows;
}

} // namespace careerplanner
