#pragma once

#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class PathStore;

// The promotions that happened, oldest first: date, level reached (with its ladder) and
// note; the latest is marked as the level held now when the profile says so.
class PromotionListModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, LevelColumn, NoteColumn, ColumnCount };

    explicit PromotionListModel(const PathStore *path, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;

    const PathStore *m_path;
};

} // namespace careerplanner
