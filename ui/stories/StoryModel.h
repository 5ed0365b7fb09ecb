#pragma once

#include <QAbstractTableModel>

namespace careerplanner {

class PlanSession;

// The STAR story bank, newest first: title, date and the principles and skills each shows.
// SearchRole gives all of a story's text, and TagsRole its tag keys, for filtering.
class StoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, TagsColumn, ColumnCount };
    enum Role { SearchRole = Qt::UserRole + 1, TagsRole };

    explicit StoryModel(PlanSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PlanSession *m_session;
};

} // namespace careerplanner
