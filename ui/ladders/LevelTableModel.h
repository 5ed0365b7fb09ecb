#pragma once

#include <QAbstractTableModel>
#include "core/base/Money.h"

#include <QLocale>

namespace careerplanner {

class PlanSession;
struct CareerLevel;

// The levels of one ladder, lowest first, with their bands formatted in the user's locale.
class LevelTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, LevelCodeColumn, YearsColumn, BaseBandColumn, TotalBandColumn, ColumnCount };

    explicit LevelTableModel(PlanSession *session, QObject *parent = nullptr);

    void setLadderIndex(int ladderIndex);
    int ladderIndex() const { return m_ladderIndex; }
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CareerLevel &levelAt(int row) const;
    QVariant displayText(const CareerLevel &level, int column) const;
    QVariant toolTip(const CareerLevel &level, int column) const;

    PlanSession *m_session;
    int m_ladderIndex = -1;
    QLocale m_locale = Money::displayLocale();
};

} // namespace careerplanner
