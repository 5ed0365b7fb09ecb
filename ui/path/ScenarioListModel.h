#pragma once

#include <QAbstractListModel>

namespace careerplanner {

class PlanSession;

// The plan's path scenarios by name, the plan's own path first.
class ScenarioListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ScenarioListModel(PlanSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Checked scenarios, for comparing two or three of them.
    QList<int> checkedRows() const;

Q_SIGNALS:
    void checkedChanged();

private:
    PlanSession *m_session;
    QList<qint64> m_checkedIds;
    int m_rows = 0; // the scenarios shown, to tell an edit from an added or removed one
};

} // namespace careerplanner
