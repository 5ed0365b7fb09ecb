#include "ui/path/PromotionListModel.h"
#include "core/base/DateText.h"

#include "core/path/PathStore.h"

#include <QLocale>

namespace careerplanner {

PromotionListModel::PromotionListModel(const PathStore *path, QObject *parent)
    : RecordTableModel({ tr("Date"), tr("Promoted to"), tr("Note") }, parent)
    , m_path(path)
{
    resetOn(path, &PathStore::promotionsChanged);
    resetOn(path, &PathStore::profileChanged);
}

int PromotionListModel::recordCount() const
{
    return static_cast<int>(m_path->promotions().size());
}

QVariant PromotionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Promotion &promotion = m_path->promotions().at(index.row());
    const Profile &profile = m_path->profile();
    const bool held = profile.ladderName == promotion.ladderName && profile.levelTitle == promotion.levelTitle
                      && profile.levelStart == promotion.date;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(promotion.date, QLocale::ShortFormat);
        case LevelColumn:
            return held ? tr("%1 (%2, held now)").arg(promotion.levelTitle, promotion.ladderName)
                        : tr("%1 (%2)").arg(promotion.levelTitle, promotion.ladderName);
        case NoteColumn:
            return promotion.note;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == NoteColumn && !promotion.note.isEmpty() ? promotion.note
                                                                         : DateText::longDate(promotion.date);
    default:
        return {};
    }
}

} // namespace careerplanner
