#include "ui/promotion/CaseEvidenceModel.h"

namespace careerplanner {

namespace {

bool holds(const QList<CaseEvidence> &list, const CaseEvidence &piece)
{
    return std::any_of(list.cbegin(), list.cend(), [&piece](const CaseEvidence &e) { return e.sameItem(piece); });
}

} // namespace

CaseEvidenceModel::CaseEvidenceModel(QObject *parent)
    : RecordTableModel({ tr("Evidence"), tr("Kind"), tr("Why it is here") }, parent)
{
}

void CaseEvidenceModel::setCriterion(const PromotionCase &promotionCase, int criterion)
{
    beginResetModel();
    m_in.clear();
    m_leftOut.clear();
    m_others.clear();
    if (criterion >= 0 && criterion < promotionCase.criteria.size()) {
        m_in = promotionCase.criteria.at(criterion).evidence;
        m_leftOut = promotionCase.criteria.at(criterion).leftOut;
        QList<CaseEvidence> everything;
        for (const CaseCriterion &other : promotionCase.criteria)
            everything += other.evidence + other.leftOut;
        everything += promotionCase.unplaced;
        for (CaseEvidence piece : std::as_const(everything)) {
            if (!holds(m_in, piece) && !holds(m_leftOut, piece) && !holds(m_others, piece)) {
                piece.suggested = false;
                piece.why.clear();
                m_others.append(piece);
            }
        }
    }
    endResetModel();
}

int CaseEvidenceModel::recordCount() const
{
    return static_cast<int>(m_in.size() + m_leftOut.size() + m_others.size());
}

const CaseEvidence &CaseEvidenceModel::at(int row) const
{
    if (row < m_in.size())
        return m_in.at(row);
    row -= m_in.size();
    return row < m_leftOut.size() ? m_leftOut.at(row) : m_others.at(row - m_leftOut.size());
}

QVariant CaseEvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseEvidence &piece = at(index.row());
    const bool in = index.row() < m_in.size();
    const bool leftOut = !in && index.row() < m_in.size() + m_leftOut.size();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return piece.kind == CaseEvidence::Kind::Feedback ? tr("“%1”").arg(piece.title.simplified()) : piece.title;
        case KindColumn:
            return CaseEvidence::kindName(piece.kind);
        case WhyColumn:
            if (leftOut)
                return tr("left out by you");
            if (!in)
                return tr("not in: tick to put it in");
            return piece.suggested ? tr("suggested: %1").arg(piece.why) : tr("put in by you");
        }
        return {};
    case Qt::CheckStateRole:
        return index.column() == TitleColumn ? QVariant(in ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        return piece.detail.isEmpty() ? piece.title : tr("%1\n\n%2").arg(piece.title, piece.detail);
    default:
        return {};
    }
}

Qt::ItemFlags CaseEvidenceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool CaseEvidenceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != TitleColumn)
        return false;
    const CaseEvidence piece = at(index.row());
    QList<CaseEvidence> in = m_in;
    QList<CaseEvidence> leftOut = m_leftOut;
    const auto drop = [&piece](QList<CaseEvidence> &list) {
        list.erase(
            std::remove_if(list.begin(), list.end(), [&piece](const CaseEvidence &e) { return e.sameItem(piece); }),
            list.end());
    };
    drop(in);
    drop(leftOut);
    if (value.toInt() == Qt::Checked)
        in.append(piece);
    else
        leftOut.append(piece);
    Q_EMIT choiceMade(in, leftOut);
    return true;
}

void CaseEvidenceModel::move(int row, int by)
{
    const int to = row + by;
    if (row < 0 || row >= m_in.size() || to < 0 || to >= m_in.size())
        return;
    QList<CaseEvidence> in = m_in;
    in.move(row, to);
    Q_EMIT choiceMade(in, m_leftOut);
}

} // namespace careerplanner
