#include "ui/path/UncertaintyPage.h"

#include "ui/charts/ChartView.h"
#include "ui/charts/ChartParts.h"
#include "ui/path/EarningsChart.h"
#include "core/path/PathPay.h"
#include "core/plan/PlanSession.h"
#include "ui/path/SimulationResultModel.h"
#include "ui/widgets/RecordTable.h"

#include <QChart>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace careerplanner {

UncertaintyPage::UncertaintyPage(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_results(new SimulationResultModel(this))
    , m_runs(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_fan(new ChartView(this))
    , m_poll(new QTimer(this))
{
    m_runs->setObjectName(QStringLiteral("simulationRuns"));
    m_runs->setRange(100, 1'000'000);
    m_runs->setSingleStep(1'000);
    m_runs->setValue(CareerSimulation::DefaultRuns);
    m_runs->setGroupSeparatorShown(true);
    m_seed->setObjectName(QStringLiteral("simulationSeed"));
    m_seed->setRange(0, 1'000'000'000);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same result; change it to draw other careers."));
    m_run->setObjectName(QStringLiteral("runSimulation"));
    m_cancel->setObjectName(QStringLiteral("cancelSimulation"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("simulationProgress"));
    m_status->setObjectName(QStringLiteral("simulationStatus"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("simulationTable"));
    m_table->setAccessibleName(tr("Simulated dates per level"));
    m_table->setModel(m_results);
    m_table->verticalHeader()->hide();
    RecordTable::sizeColumns(m_table, SimulationResultModel::LevelColumn);
    m_fan->setObjectName(QStringLiteral("earningsFan"));
    m_poll->setInterval(50);

    auto *controls = new QHBoxLayout;
    auto *runsLabel = new QLabel(tr("Ca&reers:"), this);
    runsLabel->setBuddy(m_runs);
    auto *seedLabel = new QLabel(tr("S&eed:"), this);
    seedLabel->setBuddy(m_seed);
    controls->addWidget(runsLabel);
    controls->addWidget(m_runs);
    controls->addWidget(seedLabel);
    controls->addWidget(m_seed);
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_fan);
    splitter->setSizes({ 560, 680 });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_run, &QPushButton::clicked, this, &UncertaintyPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &UncertaintyPage::cancel);
    connect(m_poll, &QTimer::timeout, this, [this] { m_progress->setValue(m_done.load()); });
    connect(&m_watcher, &QFutureWatcher<CareerSimulation::Result>::finished, this, &UncertaintyPage::showResult);
    m_status->setText(tr("Each level's time is drawn between your fewest and most years, most often near the most "
                         "likely; for the level you hold now, from the time it has left. Run to see how sure the "
                         "dates are."));
}

UncertaintyPage::~UncertaintyPage()
{
    // The worker reads nothing of this page but the two counters; stop it and wait.
    m_cancelRequested = true;
    m_watcher.waitForFinished();
}

void UncertaintyPage::setScenario(int index)
{
    m_scenario = index;
    m_results->clear();
    m_fan->setChartWithToolTips(nullptr, {});
}

void UncertaintyPage::start()
{
    if (m_running || m_scenario < 0 || m_scenario >= m_session->pathStore().scenarios().size())
        return;
    const Scenario &scenario = m_session->pathStore().scenarios().at(m_scenario);
    if (scenario.steps.size() < 2) {
        m_status->setText(tr("The path needs at least one promotion to simulate."));
        return;
    }
    CareerSimulation::Input input;
    m_levels.clear();
    for (int i = 0; i < scenario.steps.size(); ++i) {
        input.times.append(scenario.steps.at(i).timeAtLevel);
        if (i > 0)
            m_levels.append(scenario.steps.at(i).levelTitle);
    }
    input.currentStart = scenario.steps.constFirst().targetDate;
    input.today = QDate::currentDate();
    const QList<PathPay::Expected> expected = PathPay::expected(
        scenario, m_session->ladderStore().ladders(), m_session->payStore().adjustment(),
        m_session->payStore().payPackages(), m_session->payStore().payHistory(), m_session->payStore().converter());
    input.annualPay = PathPay::amounts(expected);
    m_currency = PathPay::commonCurrency(expected); // empty: no earnings fan, two currencies
    m_currencyProblem = PathPay::mixedCurrencies(scenario, expected);
    m_rates = PathPay::ratesUsed(expected);
    const int runs = m_runs->value();
    const auto seed = static_cast<quint64>(m_seed->value());

    m_cancelRequested = false;
    m_done = 0;
    m_running = true;
    m_progress->setRange(0, runs);
    m_progress->setValue(0);
    m_results->clear(); // what shows is this run's, or nothing
    m_fan->setChartWithToolTips(nullptr, {});
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Simulating %L1 careers…").arg(runs));
    m_poll->start();
    // The input is copied into the worker; only the atomics are shared.
    m_watcher.setFuture(QtConcurrent::run([this, input, runs, seed] {
        return CareerSimulation::run(input, runs, seed, [this](int done) {
            m_done = done;
            return !m_cancelRequested.load();
        });
    }));
}

void UncertaintyPage::cancel()
{
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
}

void UncertaintyPage::showResult()
{
    m_running = false;
    m_poll->stop();
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    const CareerSimulation::Result result = m_watcher.result();
    if (result.cancelled) {
        m_progress->setValue(0);
        m_status->setText(tr("Cancelled after %L1 careers; nothing shown.").arg(result.runs)); // cleared at start
        Q_EMIT finished();
        return;
    }
    m_progress->setValue(m_progress->maximum());
    m_results->setResult(m_levels, result);
    QChart *fan = m_currency.isEmpty() ? EarningsChart::build({}, QStringLiteral("USD"))
                                       : EarningsChart::fan(result, m_currency);
    fan->setTitle(ChartParts::convertedTitle(fan->title(), m_currency, m_currency.isEmpty() ? QStringList() : m_rates));
    m_fan->setChartWithToolTips(fan, {});
    QString status = tr("%L1 careers drawn with seed %2. Read a row as: 1 in 10 reach the level by the first date, "
                        "half by the second, 9 in 10 by the third.")
                         .arg(result.runs)
                         .arg(m_seed->value());
    if (result.currentLevelOverdue)
        status += QLatin1Char(' ') + CareerSimulation::overdueRule();
    if (!m_currencyProblem.isEmpty())
        status += QLatin1Char(' ') + tr("Earnings are not drawn. %1").arg(m_currencyProblem);
    m_status->setText(status);
    Q_EMIT finished();
}

} // namespace careerplanner
