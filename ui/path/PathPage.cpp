#include "ui/path/PathPage.h"
#include "core/base/DateText.h"

#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/PageRefresh.h"
#include "core/path/CareerEarnings.h"
#include "ui/charts/ChartParts.h"
#include "ui/charts/ChartView.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/currency/CurrencyNotice.h"
#include "ui/path/EarningsChart.h"
#include "ui/path/MilestoneModel.h"
#include "core/path/PathPay.h"
#include "ui/path/PathSetupDialog.h"
#include "ui/path/PathStepsTab.h"
#include "ui/path/PathStepModel.h"
#include "ui/path/PathTimelineChart.h"
#include "ui/path/PathTimelineTab.h"
#include "core/plan/PlanSession.h"
#include "ui/path/PromotionDialog.h"
#include "ui/path/PromotionsPanel.h"
#include "ui/path/ScenarioComparePage.h"
#include "ui/path/ScenarioListModel.h"
#include "ui/path/UncertaintyPage.h"

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace careerplanner {

PathPage::PathPage(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scenarioList(new ScenarioListModel(session, this))
    , m_scenario(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_stepsTab(new PathStepsTab(session, this))
    , m_timeline(new PathTimelineTab(this))
    , m_earnings(new ChartView(this))
    , m_currencyNotice(new CurrencyNotice(session, this))
    , m_remove(new QPushButton(tr("&Remove Scenario"), this))
    , m_duplicate(new QPushButton(tr("&Duplicate as Scenario…"), this))
{
    m_scenario->setObjectName(QStringLiteral("scenarioSelector"));
    m_scenario->setAccessibleName(tr("Scenario"));
    m_scenario->setModel(m_scenarioList);
    // Long scenario names must not set the window's minimum width.
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenario->setMinimumContentsLength(12);
    m_summary->setObjectName(QStringLiteral("pathSummary"));
    m_summary->setWordWrap(true);
    m_remove->setObjectName(QStringLiteral("removeScenario"));
    auto *layOut = new QPushButton(tr("&Lay Out Path…"), this);
    layOut->setObjectName(QStringLiteral("layOutPath"));
    m_duplicate->setObjectName(QStringLiteral("duplicateScenario"));
    auto *promotion = new QPushButton(tr("Record &Promotion…"), this);
    promotion->setObjectName(QStringLiteral("recordPromotion"));

    auto *bar = new QHBoxLayout;
    auto *scenarioLabel = new QLabel(tr("&Scenario:"), this);
    scenarioLabel->setBuddy(m_scenario);
    bar->addWidget(scenarioLabel);
    bar->addWidget(m_scenario);
    bar->addWidget(layOut);
    bar->addWidget(m_duplicate);
    bar->addWidget(m_remove);
    bar->addStretch();
    bar->addWidget(promotion);

    m_tabs->setObjectName(QStringLiteral("pathTabs"));
    m_tabs->addTab(m_stepsTab, tr("Steps and milestones"));
    m_tabs->addTab(new PromotionsPanel(session, this), tr("Promotions"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_earnings->setObjectName(QStringLiteral("pathEarnings"));
    m_tabs->addTab(m_earnings, tr("Earnings"));
    m_tabs->addTab(new ScenarioComparePage(session, m_scenarioList, this), tr("Compare scenarios"));
    m_uncertainty = new UncertaintyPage(session, this);
    m_uncertainty->setObjectName(QStringLiteral("uncertaintyPage"));
    m_tabs->addTab(m_uncertainty, tr("Uncertainty"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_currencyNotice);
    m_content = new EmptyStateStack(m_tabs, tr("Lay Out My Pa&th…"), this);
    m_content->setObjectName(QStringLiteral("pathEmpty"));
    m_content->setGuideSection(QStringLiteral("My path"));
    layout->addWidget(m_content, 1);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, &PathPage::showScenario);
    connect(layOut, &QPushButton::clicked, this, &PathPage::layOutPath);
    connect(m_content->firstStepButton(), &QPushButton::clicked, this, &PathPage::layOutPath);
    connect(m_duplicate, &QPushButton::clicked, this, &PathPage::duplicateScenario);
    connect(m_remove, &QPushButton::clicked, this, &PathPage::removeScenario);
    connect(promotion, &QPushButton::clicked, this, &PathPage::recordPromotion);
    connect(m_timeline, &PathTimelineTab::rangeChanged, this, &PathPage::rebuildCharts);
    const PlanParts shown = PlanPart::Scenarios | PlanPart::Milestones | PlanPart::Promotions | PlanPart::PayPackages
                            | PlanPart::PayHistory | PlanPart::Adjustment | PlanPart::Currencies;
    new PageRefresh(session, shown, this, [this](PlanParts) {
        rebuildCharts();
        updateSummary();
    });
    showScenario(m_scenario->currentIndex());
}

PathStepModel *PathPage::steps() const
{
    return m_stepsTab->steps();
}

MilestoneModel *PathPage::milestones() const
{
    return m_stepsTab->milestones();
}

ChartView *PathPage::timelineView() const
{
    return m_timeline->view();
}

int PathPage::currentScenario() const
{
    return m_scenario->currentIndex();
}

void PathPage::showScenario(int index)
{
    m_stepsTab->setScenario(index);
    m_uncertainty->setScenario(index);
    const bool shown = index >= 0 && index < m_session->pathStore().scenarios().size();
    m_remove->setEnabled(shown && !m_session->pathStore().scenarios().at(index).primary);
    m_duplicate->setEnabled(shown); // nothing to copy on a plan without a path
    rebuildCharts();
    updateSummary();
}

void PathPage::showPathStep(int step, int milestone)
{
    m_scenario->setCurrentIndex(0);
    m_tabs->setCurrentIndex(0);
    m_stepsTab->selectStep(step, milestone);
}

void PathPage::updateSummary()
{
    const int index = currentScenario();
    const bool nothingYet
        = m_session->pathStore().scenarios().isEmpty() && m_session->pathStore().promotions().isEmpty();
    if (nothingYet)
        m_content->showEmpty(tr("Your way up the ladder: each promotion with its target date and the milestones that "
                                "make its case, a timeline, the earnings along the way and how sure the dates are. "
                                "Lay out your path from the level you hold to the one you aim for."));
    else
        m_content->showContent();
    if (index < 0 || index >= m_session->pathStore().scenarios().size()) {
        m_summary->setText(nothingYet ? QString()
                                      : tr("No path yet. Choose “Lay Out Path…” to plan your way from the level you "
                                           "hold now to the level you aim for."));
        return;
    }
    const Scenario &scenario = m_session->pathStore().scenarios().at(index);
    const QDate today = QDate::currentDate();
    const QList<PathPay::Expected> expected = PathPay::expected(
        scenario, m_session->ladderStore().ladders(), m_session->payStore().adjustment(),
        m_session->payStore().payPackages(), m_session->payStore().payHistory(), m_session->payStore().converter());
    const PathStep &target = scenario.steps.constLast();
    const QString currency = PathPay::commonCurrency(expected);
    m_currencyNotice->setProblem(PathPay::mixedCurrencies(scenario, expected));
    const QString years = QLocale().toString(CareerEarnings::yearsToTarget(scenario, today), 'f', 1);
    const QString date = DateText::longDate(target.targetDate);
    // Pay in two currencies without a rate is never added up.
    if (currency.isEmpty()) {
        m_summary->setText(
            tr("Target: <b>%1</b> on %2 — %3 years from today.").arg(target.levelTitle.toHtmlEscaped(), date, years));
        return;
    }
    const qint64 earnings = CareerEarnings::between(scenario, PathPay::amounts(expected), today, target.targetDate);
    const bool converted = std::any_of(expected.cbegin(), expected.cend(),
                                       [](const PathPay::Expected &e) { return !e.conversion.isEmpty(); });
    m_summary->setText(tr("Target: <b>%1</b> on %2 — %3 years from today, earning about %4 on the way%5.")
                           .arg(target.levelTitle.toHtmlEscaped(), date, years,
                                Money::formatCompact(earnings, currency),
                                converted ? tr(" (in %1, through your exchange rates)").arg(currency) : QString()));
}

void PathPage::rebuildCharts()
{
    const int index = currentScenario();
    PathTimelineChart::Options options;
    if (index >= 0 && index < m_session->pathStore().scenarios().size())
        options.scenarios.append(&m_session->pathStore().scenarios().at(index));
    options.promotions = m_session->pathStore().promotions();
    options.fromYear = m_timeline->fromYear();
    options.toYear = m_timeline->toYear();
    const PathTimelineChart::Result timeline = PathTimelineChart::build(options, m_session->ladderStore().ladders());
    m_timeline->view()->setChartWithToolTips(timeline.chart, {});
    m_timeline->view()->setPointToolTips(timeline.pointTips);

    QList<EarningsChart::Path> paths;
    QString currency;
    QStringList rates;
    if (!options.scenarios.isEmpty()) {
        const Scenario &scenario = *options.scenarios.constFirst();
        const QList<PathPay::Expected> expected = PathPay::expected(
            scenario, m_session->ladderStore().ladders(), m_session->payStore().adjustment(),
            m_session->payStore().payPackages(), m_session->payStore().payHistory(), m_session->payStore().converter());
        const int years = std::clamp(qRound(CareerEarnings::yearsToTarget(scenario, QDate::currentDate())) + 3, 5, 30);
        currency = PathPay::commonCurrency(expected);
        rates = PathPay::ratesUsed(expected);
        if (!currency.isEmpty())
            paths.append({ scenario.name,
                           CareerEarnings::byYear(scenario, PathPay::amounts(expected), QDate::currentDate(), years) });
        else
            paths.clear(); // never one axis for two currencies: the notice above says why
    }
    QChart *chart = EarningsChart::build(paths, currency.isEmpty() ? QStringLiteral("USD") : currency);
    chart->setTitle(ChartParts::convertedTitle(chart->title(), currency, rates));
    m_earnings->setChartWithToolTips(chart, {});
}

void PathPage::layOutPath()
{
    if (!PathSetupDialog::layOut(m_session, this))
        return;
    m_scenario->setCurrentIndex(0);
    showScenario(0);
}

void PathPage::duplicateScenario()
{
    const int index = currentScenario();
    if (index < 0)
        return;
    bool ok = false;
    // A name no scenario has yet: "Fast track", else "Fast track 2", 3...
    QStringList taken;
    for (const Scenario &scenario : m_session->pathStore().scenarios())
        taken.append(scenario.name);
    QString suggested = tr("Fast track");
    for (int n = 2; taken.contains(suggested); ++n)
        suggested = tr("Fast track %1").arg(n);
    const QString name = QInputDialog::getText(this, tr("Duplicate as Scenario"), tr("Name of the new scenario:"),
                                               QLineEdit::Normal, suggested, &ok)
                             .trimmed();
    if (!ok)
        return;
    Scenario copy = m_session->pathStore().scenarios().at(index);
    copy.name = name;
    copy.primary = false;
    if (!CheckedEdit::run(this, tr("My Path"), tr("The scenario was not added."),
                          [&](QString *error) { return m_session->pathStore().addScenario(copy, error); }))
        return;
    m_scenario->setCurrentIndex(m_scenario->count() - 1);
}

void PathPage::removeScenario()
{
    const int index = currentScenario();
    if (index < 0 || m_session->pathStore().scenarios().at(index).primary)
        return;
    if (QMessageBox::question(this, tr("Remove Scenario"),
                              tr("Remove the scenario “%1”?").arg(m_session->pathStore().scenarios().at(index).name))
        != QMessageBox::Yes)
        return;
    if (!CheckedEdit::run(this, tr("My Path"), tr("The scenario was not removed."),
                          [&](QString *error) { return m_session->pathStore().removeScenario(index, error); }))
        return;
    m_scenario->setCurrentIndex(0);
}

void PathPage::recordPromotion()
{
    const std::optional<Promotion> recorded = PromotionDialog::record(m_session, this);
    // Said where it was done: what the promotion changed about where the user stands.
    if (recorded && m_session->pathStore().profile().levelTitle == recorded->levelTitle)
        m_summary->setText(
            tr("Recorded: %1 is the level you hold from %2. %3")
                .arg(recorded->levelTitle.toHtmlEscaped(), DateText::longDate(recorded->date), m_summary->text()));
}

} // namespace careerplanner
