#include "ui/promotion/CaseCriterionModel.h"

#include <QColor>

namespace careerplanner {

CaseCriterionModel::CaseCriterionModel(QObject *parent)
    : RecordTableModel({ tr("What the level asks"), tr("Evidence") }, parent)
{
}

void CaseCriterionModel::setCase(const PromotionCase &promotionCase)
{
    beginResetModel();
    m_case = promotionCase;
    endResetModel();
}

int CaseCriterionModel::recordCount() const
{
    return static_cast<int>(m_case.criteria.size());
}

QVariant CaseCriterionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseCriterion &criterion = m_case.criteria.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CriterionColumn)
            return criterion.text;
        if (criterion.isGap())
            return tr("Gap");
        return criterion.evidence.size() == 1 ? tr("1 piece") : tr("%1 pieces").arg(criterion.evidence.size());
    case Qt::ToolTipRole:
        return criterion.isGap() ? tr("%1\n\nNo evidence yet. %2").arg(criterion.origin, criterion.suggestion)
                                 : criterion.origin;
    case Qt::BackgroundRole:
        return criterion.isGap() ? QColor(0xff, 0xe0, 0xb2) : QVariant();
    case Qt::ForegroundRole:
        return criterion.isGap() ? QColor(Qt::black) : QVariant();
    default:
        return {};
    }
}

} // namespace careerplanner
