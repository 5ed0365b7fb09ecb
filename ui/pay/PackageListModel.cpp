#include "ui/pay/PackageListModel.h"

#include "core/base/Money.h"
#include "core/plan/PlanSession.h"

namespace careerplanner {

PackageListModel::PackageListModel(PlanSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(&session->payStore(), &PayStore::payPackagesChanged, this, [this] {
        beginResetModel();
        endResetModel();
        Q_EMIT inclusionChanged();
    });
}

int PackageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_session->payStore().payPackages().size());
}

QVariant PackageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PayPackage &package = m_session->payStore().payPackages().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return package.name;
    case Qt::CheckStateRole:
        return m_excludedIds.contains(package.id) ? Qt::Unchecked : Qt::Checked;
    case Qt::ToolTipRole:
        return tr("%1 · base %2 · stock %3")
            .arg(package.kind == PayPackage::Kind::CurrentJob ? tr("Current job") : tr("Offer"),
                 Money::format(package.baseSalary, package.currency),
                 Money::format(package.grantValue(), package.currency));
    default:
        return {};
    }
}

bool PackageListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const qint64 id = m_session->payStore().payPackages().at(index.row()).id;
    if (value.toInt() == Qt::Checked)
        m_excludedIds.remove(id);
    else
        m_excludedIds.insert(id);
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT inclusionChanged();
    return true;
}

Qt::ItemFlags PackageListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable : Qt::NoItemFlags;
}

QList<int> PackageListModel::includedRows() const
{
    QList<int> rows;
    for (int i = 0; i < rowCount(); ++i) {
        if (!m_excludedIds.contains(m_session->payStore().payPackages().at(i).id))
            rows.append(i);
    }
    return rows;
}

} // namespace careerplanner
