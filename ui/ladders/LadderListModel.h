#pragma once

#include <QAbstractListModel>

namespace careerplanner {

class PlanSession;

// The plan's ladders as a list, for the ladder selector.
class LadderListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit LadderListModel(PlanSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    PlanSession *m_session;
};

} // namespace careerplanner
