#pragma once

#include "core/market/MarketTitleGroups.h"
#include "ui/widgets/RecordTableModel.h"

namespace careerplanner {

class MarketStore;

// The market reports by title and level field, with where the matching placed them: the
// level most of them went to, and how (by the rules, through years of experience, by the
// user's own match), or that they are unmatched. Read again by refresh().
class MarketTitleGroupModel final : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, LevelColumn, ReportsColumn, MatchedColumn, HowColumn };

    explicit MarketTitleGroupModel(const MarketStore &market, QObject *parent = nullptr);

    void refresh(); // the reports, ladders or corrections changed
    void setOnlyUnmatched(bool only);
    const MarketTitleGroup &group(int row) const { return m_shown.at(row); }
    int rowOf(const QString &titleKey, const QString &levelKey) const; // -1 if not shown

    QVariant data(const QModelIndex &index, int role) const override;

protected:
    int recordCount() const override { return int(m_shown.size()); }

private:
    void show();
    QString matchedTo(const MarketTitleGroup &group) const;
    QString how(const MarketTitleGroup &group) const;

    const MarketStore &m_market;
    QList<MarketTitleGroup> m_groups;
    QList<MarketTitleGroup> m_shown;
    bool m_onlyUnmatched = false;
};

} // namespace careerplanner
