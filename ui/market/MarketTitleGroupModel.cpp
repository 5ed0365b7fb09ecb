#include "ui/market/MarketTitleGroupModel.h"

#include "core/market/MarketStore.h"

#include <QLocale>

namespace careerplanner {

MarketTitleGroupModel::MarketTitleGroupModel(const MarketStore &market, QObject *parent)
    : RecordTableModel({ tr("Title"), tr("Level field"), tr("Reports"), tr("Matched to"), tr("How") }, parent)
    , m_market(market)
{
    refresh();
}

void MarketTitleGroupModel::refresh()
{
    m_groups = MarketTitleGroups::of(m_market.table(), m_market.matches());
    show();
}

void MarketTitleGroupModel::setOnlyUnmatched(bool only)
{
    m_onlyUnmatched = only;
    show();
}

void MarketTitleGroupModel::show()
{
    beginResetModel();
    m_shown.clear();
    for (const MarketTitleGroup &group : std::as_const(m_groups)) {
        if (!m_onlyUnmatched || group.unmatched > 0)
            m_shown.append(group);
    }
    endResetModel();
}

int MarketTitleGroupModel::rowOf(const QString &titleKey, const QString &levelKey) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).titleKey == titleKey && m_shown.at(row).levelKey == levelKey)
            return row;
    }
    return -1;
}

QVariant MarketTitleGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MarketTitleGroup &group = m_shown.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return group.title;
        case LevelColumn:
            return group.level.isEmpty() ? tr("none") : group.level;
        case ReportsColumn:
            return QLocale().toString(group.reports);
        case MatchedColumn:
            return matchedTo(group);
        case HowColumn:
            return how(group);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == ReportsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == MatchedColumn)
        return matchedTo(group);
    return {};
}

QString MarketTitleGroupModel::matchedTo(const MarketTitleGroup &group) const
{
    const QList<CareerLadder> &ladders = m_market.matcher().ladders();
    if (group.ladder < 0 || group.ladder >= ladders.size())
        return tr("no ladder's job family");
    const CareerLadder &ladder = ladders.at(group.ladder);
    if (group.matchedLevel < 0 || group.matchedLevel >= ladder.levels.size())
        return tr("%1, no level").arg(ladder.name);
    return tr("%1, %2").arg(ladder.name, ladder.levels.at(group.matchedLevel).title);
}

QString MarketTitleGroupModel::how(const MarketTitleGroup &group) const
{
    QStringList parts;
    if (group.corrected)
        parts.append(group.matchedLevel < 0 ? tr("left unmatched by you") : tr("your match"));
    else if (group.reports - group.unmatched - group.estimated > 0)
        parts.append(tr("by the rules"));
    if (group.estimated > 0)
        parts.append(tr("%1 estimated from years of experience").arg(QLocale().toString(group.estimated)));
    const int elsewhere = group.reports - group.unmatched - group.toThatLevel;
    if (elsewhere > 0)
        parts.append(tr("%1 at other levels").arg(QLocale().toString(elsewhere)));
    if (group.unmatched > 0 && !group.corrected)
        parts.append(tr("%1 unmatched").arg(QLocale().toString(group.unmatched)));
    return parts.join(QStringLiteral("; "));
}

} // namespace careerplanner
