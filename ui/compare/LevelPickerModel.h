#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPair>

namespace careerplanner {

class PlanSession;

// Every level of every ladder as one checkable list, for choosing two to four levels to
// compare. Checking a fifth is refused; the choice keeps the order of the list.
class LevelPickerModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit LevelPickerModel(PlanSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // (ladder index, level index) of the checked levels, in list order.
    QList<QPair<int, int>> checkedLevels() const;
    void setChecked(int ladderIndex, int levelIndex, bool checked);

Q_SIGNALS:
    void checkedLevelsChanged();

private:
    void rebuildRows();

    PlanSession *m_session;
    QList<QPair<int, int>> m_rows; // (ladder, level) per row
    QList<qint64> m_checkedIds; // level ids: survive rows moving when levels are added
};

} // namespace careerplanner
