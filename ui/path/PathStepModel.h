#pragma once

#include <QAbstractTableModel>
#include <QDate>

#include "core/skills/SkillReadiness.h"

namespace careerplanner {

class PlanSession;

// The steps of one path scenario: the level, when it is reached, how long it is held,
// what it is expected to pay, and how ready the promotion is (milestones and skills, as
// SkillReadiness computes it), with overdue milestones counted.
class PathStepModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LevelColumn, DateColumn, TimeColumn, PayColumn, ReadinessColumn, OverdueColumn, ColumnCount };

    explicit PathStepModel(PlanSession *session, QObject *parent = nullptr);

    void setScenario(int index);
    int scenario() const { return m_scenario; }
    void setToday(const QDate &today); // for the overdue column

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString timeText(int minimumMonths, int likelyMonths, int maximumMonths);

private:
    void reset();
    SkillReadiness::Result readiness(const PathStep &step) const;
    bool stillToCome(int row) const; // a promotion ahead, not a level reached

    PlanSession *m_session;
    int m_scenario = -1;
    QDate m_today = QDate::currentDate();
};

} // namespace careerplanner
