#include "ui/compare/ComparePage.h"

#include "ui/widgets/PageRefresh.h"
#include "ui/charts/ChartView.h"
#include "ui/currency/CurrencyNotice.h"
#include "ui/compare/CompareChart.h"
#include "ui/compare/CompareTableModel.h"
#include "ui/compare/LevelPickerModel.h"
#include "core/market/MarketComparison.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QListView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

ComparePage::ComparePage(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_picker(new LevelPickerModel(session, this))
    , m_table(new CompareTableModel(this))
    , m_pickerView(new QListView(this))
    , m_kind(new QComboBox(this))
    , m_tableView(new QTableView(this))
    , m_chart(new ChartView(this))
    , m_hint(new QLabel(this))
    , m_currencyNotice(new CurrencyNotice(session, this))
{
    m_pickerView->setObjectName(QStringLiteral("comparePicker"));
    m_pickerView->setAccessibleName(tr("Levels to compare"));
    m_pickerView->setModel(m_picker);
    m_kind->setObjectName(QStringLiteral("compareKind"));
    m_kind->setAccessibleName(tr("Pay to compare"));
    fillKinds();
    m_tableView->setObjectName(QStringLiteral("compareTable"));
    m_tableView->setAccessibleName(tr("Comparison"));
    m_tableView->setModel(m_table);
    m_tableView->verticalHeader()->hide();
    RecordTable::sizeColumns(m_tableView, CompareTableModel::LevelColumn);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setMaximumHeight(m_tableView->horizontalHeader()->sizeHint().height()
                                  + 4 * m_tableView->verticalHeader()->defaultSectionSize() + 4);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_hint->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *pickLabel = new QLabel(tr("Tick two to four &levels:"), left);
    pickLabel->setBuddy(m_pickerView);
    leftLayout->addWidget(pickLabel);
    leftLayout->addWidget(m_pickerView);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *kindRow = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("Com&pare:"), right);
    kindLabel->setBuddy(m_kind);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind);
    kindRow->addStretch();
    rightLayout->addLayout(kindRow);
    rightLayout->addWidget(m_tableView);
    rightLayout->addWidget(m_chart, 1);
    rightLayout->addWidget(m_hint);
    rightLayout->addWidget(m_currencyNotice);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 340, 900 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_picker, &LevelPickerModel::checkedLevelsChanged, this, &ComparePage::rebuild);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComparePage::rebuild);
    new PageRefresh(session, PlanPart::Adjustment | PlanPart::Currencies | PlanPart::Market, this,
                    [this](PlanParts changed) {
                        if (changed & PlanPart::Market)
                            fillKinds();
                        rebuild();
                    });

    // Start with something to read: the promotion most people plan next on the first
    // ladder, Program Manager to Senior Program Manager, and the two levels above.
    for (int level = 1; level < 4 && !session->ladderStore().ladders().isEmpty(); ++level)
        m_picker->setChecked(0, level, true);
    rebuild();
}

void ComparePage::fillKinds()
{
    // The market's medians are offered once there are reports to take them from.
    const int chosen = m_kind->currentIndex() < 0 ? 0 : m_kind->currentData().toInt();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(SalaryBand::kindToDisplayName(SalaryBand::Kind::Base), int(SalaryBand::Kind::Base));
    m_kind->addItem(SalaryBand::kindToDisplayName(SalaryBand::Kind::TotalCompensation),
                    int(SalaryBand::Kind::TotalCompensation));
    if (m_session->marketStore().hasReports()) {
        m_kind->addItem(tr("Market median base salary"), OnMarket + int(SalaryBand::Kind::Base));
        m_kind->addItem(tr("Market median total compensation"), OnMarket + int(SalaryBand::Kind::TotalCompensation));
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(chosen)));
}

void ComparePage::rebuild()
{
    const int choice = m_kind->currentData().toInt();
    const bool onMarket = choice >= OnMarket;
    const auto kind = static_cast<SalaryBand::Kind>(choice % OnMarket);
    QList<BandComparison::Entry> entries;
    QStringList labels;
    for (const auto &[ladderIndex, levelIndex] : m_picker->checkedLevels()) {
        const CareerLadder &ladder = m_session->ladderStore().ladders().at(ladderIndex);
        const CareerLevel &level = ladder.levels.at(levelIndex);
        std::optional<SalaryBand> band = level.band(kind);
        if (band)
            band = m_session->payStore().adjustment().apply(*band);
        labels.append(tr("%1 (%2)").arg(level.title, ladder.name));
        entries.append(BandComparison::entryFor(labels.constLast(), band));
    }
    const CurrencyConverter converter = m_session->payStore().converter();
    const BandComparison::Conversion conversion = BandComparison::toOneCurrency(&entries, converter);
    const QStringList &rates = conversion.rates;
    m_currencyNotice->setProblem(conversion.problem);
    const QLocale locale = Money::displayLocale();
    if (onMarket) {
        const MarketComparison::Result market
            = MarketComparison::compare(m_session->marketStore(), m_picker->checkedLevels(), labels, kind, converter);
        CompareChart::MarketBoxes boxes { {}, market.summaries, converter.displayCurrency(), converter };
        for (const BandComparison::Entry &entry : std::as_const(entries))
            boxes.guideBands.append(entry.band);
        m_table->setEntries(market.entries, locale, true);
        const BandChartBuilder::Result chart = CompareChart::build(market.entries, kind, locale, &boxes);
        m_chart->setChartWithToolTips(chart.chart, chart.toolTips);
        m_hint->setText(entries.size() < BandComparison::MinimumLevels
                            ? tr("Tick at least two levels to compare.")
                            : tr("Figures from the market reports matched to each level (Market pay): P25, median and "
                                 "P75, each step median to median; n is the number of reports, and a level with fewer "
                                 "than %1 shows “—”. The bars are the guides' ranges, the boxes the reports.")
                                  .arg(Percentiles::FewestReports));
        return;
    }
    m_table->setEntries(entries, locale);
    const BandChartBuilder::Result chart = CompareChart::build(entries, kind, locale);
    m_chart->setChartWithToolTips(chart.chart, chart.toolTips);
    if (entries.size() < BandComparison::MinimumLevels)
        m_hint->setText(tr("Tick at least two levels to compare."));
    else if (chart.barCount < entries.size())
        m_hint->setText(tr("Levels without a %1 figure show “—”; switch to the other kind of pay or add your own "
                           "figures in the ladder browser.")
                            .arg(m_kind->currentText().toLower()));
    else if (m_session->payStore().adjustment().isActive())
        m_hint->setText(tr("Figures adjusted by your assumptions (%1), set on the Salary bands page; not figures "
                           "from the sources.")
                            .arg(m_session->payStore().adjustment().describe()));
    else
        m_hint->setText(tr("Steps are midpoint to midpoint. ≥ means at least (the higher band has no fixed top), "
                           "≤ at most, ≈ approximately."));
    if (!rates.isEmpty())
        m_hint->setText(m_hint->text() + QLatin1Char(' ')
                        + tr("Converted at %1.").arg(rates.join(QStringLiteral("; "))));
}

} // namespace careerplanner
