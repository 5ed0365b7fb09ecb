#include "ui/path/ScenarioComparePage.h"

#include "ui/widgets/PageRefresh.h"
#include "core/path/CareerEarnings.h"
#include "ui/charts/ChartParts.h"
#include "ui/charts/ChartView.h"
#include "ui/currency/CurrencyNotice.h"
#include "ui/path/EarningsChart.h"
#include "core/path/PathPay.h"
#include "ui/path/PathTimelineChart.h"
#include "core/plan/PlanSession.h"
#include "ui/path/ScenarioCompareModel.h"
#include "ui/path/ScenarioListModel.h"

#include <QChart>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

ScenarioComparePage::ScenarioComparePage(PlanSession *session, ScenarioListModel *scenarios, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scenarios(scenarios)
    , m_table(new ScenarioCompareModel(this))
    , m_picker(new QListView(this))
    , m_tableView(new QTableView(this))
    , m_timeline(new ChartView(this))
    , m_earnings(new ChartView(this))
    , m_currencyNotice(new CurrencyNotice(session, this))
{
    m_picker->setObjectName(QStringLiteral("comparedScenarios"));
    m_picker->setAccessibleName(tr("Scenarios to compare"));
    m_picker->setModel(scenarios);
    m_tableView->setObjectName(QStringLiteral("scenarioTable"));
    m_tableView->setAccessibleName(tr("Scenarios compared"));
    m_tableView->setModel(m_table);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setObjectName(QStringLiteral("scenarioTimeline"));
    m_earnings->setObjectName(QStringLiteral("scenarioEarnings"));

    // The choice and the table on top, the two charts side by side below.
    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QVBoxLayout;
    auto *label = new QLabel(tr("Tick two or three &scenarios:"), top);
    label->setBuddy(m_picker);
    pick->addWidget(label);
    pick->addWidget(m_picker);
    m_picker->setMaximumWidth(240);
    topLayout->addLayout(pick);
    topLayout->addWidget(m_tableView, 1);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_timeline);
    charts->addWidget(m_earnings);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(charts);
    splitter->setSizes({ 270, 480 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_currencyNotice);
    layout->addWidget(splitter);

    connect(scenarios, &ScenarioListModel::checkedChanged, this, &ScenarioComparePage::rebuild);
    new PageRefresh(session, PlanPart::PayPackages | PlanPart::PayHistory | PlanPart::Adjustment | PlanPart::Currencies,
                    this, [this](PlanParts) { rebuild(); });
    rebuild();
}

void ScenarioComparePage::rebuild()
{
    const QDate today = QDate::currentDate();
    QList<ScenarioCompareModel::Column> columns;
    PathTimelineChart::Options timeline;
    timeline.promotions = m_session->pathStore().promotions();
    timeline.showMilestones = false; // one scenario's milestones would read as everyone's
    timeline.mostYearLabels = 6; // beside the earnings chart, half the width of the timeline tab
    QList<EarningsChart::Path> earnings;
    QString problem; // why the scenarios' earnings cannot share a chart
    QStringList rates;
    for (int row : m_scenarios->checkedRows()) {
        const Scenario &scenario = m_session->pathStore().scenarios().at(row);
        const QList<PathPay::Expected> expected = PathPay::expected(
            scenario, m_session->ladderStore().ladders(), m_session->payStore().adjustment(),
            m_session->payStore().payPackages(), m_session->payStore().payHistory(), m_session->payStore().converter());
        const QString currency = PathPay::commonCurrency(expected);
        columns.append({ scenario.name, scenario, PathPay::amounts(expected), currency });
        timeline.scenarios.append(&m_session->pathStore().scenarios().at(row));
        earnings.append({ scenario.name, CareerEarnings::byYear(scenario, PathPay::amounts(expected), today, 15) });
        if (problem.isEmpty())
            problem = PathPay::mixedCurrencies(scenario, expected);
        for (const QString &rate : PathPay::ratesUsed(expected)) {
            if (!rates.contains(rate))
                rates.append(rate);
        }
    }
    // One axis for every scenario's earnings, so one currency for all of them.
    for (const ScenarioCompareModel::Column &column : columns) {
        if (problem.isEmpty() && column.currency != columns.constFirst().currency)
            problem = tr("The scenario %1 earns in %2 and %3 in %4: add an exchange rate to compare them.")
                          .arg(columns.constFirst().name, columns.constFirst().currency, column.name, column.currency);
    }
    if (!problem.isEmpty())
        earnings.clear();
    m_currencyNotice->setProblem(problem);
    m_table->setScenarios(columns, today);
    const PathTimelineChart::Result chart = PathTimelineChart::build(timeline, m_session->ladderStore().ladders());
    m_timeline->setChartWithToolTips(chart.chart, {});
    const QString currency = earnings.isEmpty() ? QStringLiteral("USD") : columns.constFirst().currency;
    QChart *earned = EarningsChart::build(earnings, currency);
    earned->setTitle(ChartParts::convertedTitle(earned->title(), currency, earnings.isEmpty() ? QStringList() : rates));
    m_earnings->setChartWithToolTips(earned, {});
}

} // namespace careerplanner
