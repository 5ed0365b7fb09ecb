#include "ui/market/MarketTitleMatchPanel.h"

#include "core/plan/PlanSession.h"
#include "ui/market/MarketTitleGroupModel.h"
#include "ui/widgets/InlineProblemLabel.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/widgets/RecordTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

namespace {

// A target's data: the ladder's name and the level's title, both empty to leave unmatched.
QStringList targetOf(const QString &ladder, const QString &level)
{
    return { ladder, level };
}

} // namespace

MarketTitleMatchPanel::MarketTitleMatchPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MarketTitleGroupModel(session->marketStore(), this))
    , m_onlyUnmatched(new QCheckBox(tr("&Only titles with unmatched reports"), this))
    , m_table(new QTableView(this))
    , m_target(new QComboBox(this))
    , m_match(new QPushButton(tr("&Match"), this))
    , m_rules(new QPushButton(tr("Use the &Rules"), this))
    , m_problem(new InlineProblemLabel(QStringLiteral("marketMatchProblem"), this))
{
    m_onlyUnmatched->setObjectName(QStringLiteral("marketOnlyUnmatched"));
    m_table->setObjectName(QStringLiteral("marketTitleGroups"));
    m_table->setAccessibleName(tr("Report titles and their levels"));
    m_table->setModel(m_model);
    RecordTable::configure(m_table, MarketTitleGroupModel::MatchedColumn);
    m_target->setObjectName(QStringLiteral("marketMatchTarget"));
    m_target->setAccessibleName(tr("Level to match the title to"));
    m_match->setObjectName(QStringLiteral("matchMarketTitle"));
    m_rules->setObjectName(QStringLiteral("useMatchingRules"));
    m_rules->setToolTip(tr("Forget your match for this title: the matching rules place its reports again."));
    auto *target = new QLabel(tr("Match to l&evel:"), this);
    target->setBuddy(m_target);
    auto *note = new QLabel(tr("A level field such as L6 matches a level's code for the ladder's own company only; "
                               "a level's code and other titles are set in Level ▸ Edit Level, company names "
                               "under Company Names."),
                            this);
    note->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(target);
    row->addWidget(m_target, 1);
    row->addWidget(m_match);
    row->addWidget(m_rules);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_onlyUnmatched);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(note);

    connect(m_onlyUnmatched, &QCheckBox::toggled, this, [this](bool only) {
        m_model->setOnlyUnmatched(only);
        showChosen();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MarketTitleMatchPanel::showChosen);
    connect(m_match, &QPushButton::clicked, this, &MarketTitleMatchPanel::match);
    connect(m_rules, &QPushButton::clicked, this, &MarketTitleMatchPanel::useRules);
    new PageRefresh(session, PlanPart::Market | PlanPart::Ladders, this, [this](PlanParts) { rebuild(); });
    fillTargets();
    showChosen();
}

int MarketTitleMatchPanel::chosenRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MarketTitleMatchPanel::rebuild()
{
    const int row = chosenRow();
    QString titleKey, levelKey;
    if (row >= 0) {
        titleKey = m_model->group(row).titleKey;
        levelKey = m_model->group(row).levelKey;
    }
    m_model->refresh();
    fillTargets();
    const int again = m_model->rowOf(titleKey, levelKey);
    if (again >= 0)
        m_table->setCurrentIndex(m_model->index(again, MarketTitleGroupModel::TitleColumn));
    showChosen();
}

void MarketTitleMatchPanel::fillTargets()
{
    m_target->clear();
    m_target->addItem(tr("Leave its reports unmatched"), targetOf({}, {}));
    for (const CareerLadder &ladder : m_session->marketStore().matcher().ladders()) {
        for (const CareerLevel &level : ladder.levels) {
            const QString text = level.levelCode.isEmpty()
                                     ? tr("%1, %2").arg(ladder.name, level.title)
                                     : tr("%1, %2 (%3)").arg(ladder.name, level.title, level.levelCode);
            m_target->addItem(text, targetOf(ladder.name, level.title));
        }
    }
}

void MarketTitleMatchPanel::showChosen()
{
    const int row = chosenRow();
    m_match->setEnabled(row >= 0);
    m_target->setEnabled(row >= 0);
    m_rules->setEnabled(row >= 0 && m_model->group(row).corrected);
    if (row < 0)
        return;
    const MarketTitleGroup &group = m_model->group(row);
    const QList<CareerLadder> &ladders = m_session->marketStore().matcher().ladders();
    QStringList target = targetOf({}, {});
    if (group.ladder >= 0 && group.ladder < ladders.size() && group.matchedLevel >= 0
        && group.matchedLevel < ladders.at(group.ladder).levels.size())
        target = targetOf(ladders.at(group.ladder).name, ladders.at(group.ladder).levels.at(group.matchedLevel).title);
    m_target->setCurrentIndex(std::max(0, m_target->findData(target)));
}

void MarketTitleMatchPanel::match()
{
    const int row = chosenRow();
    if (row < 0)
        return;
    const MarketTitleGroup &group = m_model->group(row);
    const QStringList target = m_target->currentData().toStringList();
    MarketMatch correction { 0, group.titleKey, group.levelKey, target.value(0), target.value(1) };
    QString error;
    m_problem->report(m_session->marketStore().saveMatch(correction, &error) ? QString() : error);
}

void MarketTitleMatchPanel::useRules()
{
    const int row = chosenRow();
    if (row < 0)
        return;
    const MarketTitleGroup &group = m_model->group(row);
    const QList<MarketMatch> &matches = m_session->marketStore().corrections().matches;
    for (int i = 0; i < matches.size(); ++i) {
        if (matches.at(i).titleKey != group.titleKey || matches.at(i).levelKey != group.levelKey)
            continue;
        QString error;
        m_problem->report(m_session->marketStore().removeMatch(i, &error) ? QString() : error);
        return;
    }
}

} // namespace careerplanner
