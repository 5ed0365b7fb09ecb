#pragma once

#include <QAbstractListModel>
#include <QSet>

namespace careerplanner {

class PlanSession;

// The plan's pay packages, each checkable to include it in the side-by-side projection.
class PackageListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit PackageListModel(PlanSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QList<int> includedRows() const;

Q_SIGNALS:
    void inclusionChanged();

private:
    PlanSession *m_session;
    QSet<qint64> m_excludedIds; // included unless the user unticks it
};

} // namespace careerplanner
