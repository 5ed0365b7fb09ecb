#pragma once

#include <QAbstractTableModel>

namespace careerplanner {

class PlanSession;

// The proficiency (1-5) each level of one ladder expects in each skill: a row per skill,
// a column per level, lowest level first. Cells are edited in place and saved at once.
class SkillMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SkillMatrixModel(PlanSession *session, QObject *parent = nullptr);

    void setLadder(int ladderIndex);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void editRefused(const QString &reason);

private:
    QList<int> m_skillRows; // indexes into the session's skills: the skills, not the principles
    PlanSession *m_session;
    int m_ladder = -1;
};

} // namespace careerplanner
