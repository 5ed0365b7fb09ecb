#include "ui/bands/BandChartPage.h"

#include "ui/widgets/PageRefresh.h"
#include "core/settings/AppSettings.h"
#include "ui/bands/AdjustmentPanel.h"
#include "ui/charts/BandChartBuilder.h"
#include "ui/charts/ChartView.h"
#include "ui/currency/CurrencyNotice.h"
#include "ui/widgets/ComboRowKeeper.h"
#include "core/base/Money.h"
#include "core/market/MarketStore.h"
#include "core/plan/PlanSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace careerplanner {

BandChartPage::BandChartPage(PlanSession *session, QAbstractItemModel *ladders, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ladder(new QComboBox(this))
    , m_overlay(new QCheckBox(tr("&Overlay:"), this))
    , m_other(new QComboBox(this))
    , m_base(new QCheckBox(tr("&Base salary"), this))
    , m_total(new QCheckBox(tr("&Total compensation"), this))
    , m_market(new QCheckBox(tr("&Market reports"), this))
    , m_note(new QLabel(this))
    , m_view(new ChartView(this))
    , m_currencyNotice(new CurrencyNotice(session, this))
{
    m_ladder->setObjectName(QStringLiteral("bandLadder"));
    m_ladder->setAccessibleName(tr("Ladder to chart"));
    m_ladder->setModel(ladders);
    m_other->setObjectName(QStringLiteral("bandOverlayLadder"));
    m_other->setAccessibleName(tr("Ladder to overlay"));
    m_other->setModel(ladders);
    m_other->setEnabled(false);
    // Long ladder names must not set the window's minimum width.
    // ...but they take free room when there is some.
    for (QComboBox *box : { m_ladder, m_other }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        box->setMaximumWidth(340);
    }
    m_overlay->setObjectName(QStringLiteral("bandOverlay"));
    m_base->setChecked(AppSettings().showBaseBands());
    m_total->setChecked(AppSettings().showTotalBands());
    m_market->setObjectName(QStringLiteral("bandMarket"));
    m_market->setChecked(true);
    m_market->setToolTip(tr("Where the market reports of each level sit: a box from the 25th to the 75th "
                            "percentile, a line at the median, whiskers to the 10th and 90th, and n"));
    m_view->setObjectName(QStringLiteral("bandChart"));
    m_note->setWordWrap(true);
    auto *save = new QPushButton(tr("&Save Chart…"), this);

    auto *ladderLabel = new QLabel(tr("La&dder:"), this);
    ladderLabel->setBuddy(m_ladder);
    auto *controls = new QHBoxLayout;
    controls->addWidget(ladderLabel);
    controls->addWidget(m_ladder, 1);
    controls->addSpacing(12);
    controls->addWidget(m_overlay);
    controls->addWidget(m_other, 1);
    controls->addSpacing(12);
    controls->addWidget(m_base);
    controls->addWidget(m_total);
    controls->addWidget(m_market);
    controls->addStretch();
    controls->addWidget(save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(new AdjustmentPanel(session, this));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_currencyNotice);

    connect(m_ladder, &QComboBox::currentIndexChanged, this, &BandChartPage::rebuild);
    connect(m_other, &QComboBox::currentIndexChanged, this, &BandChartPage::rebuild);
    connect(m_overlay, &QCheckBox::toggled, m_other, &QWidget::setEnabled);
    connect(m_overlay, &QCheckBox::toggled, this, &BandChartPage::rebuild);
    connect(m_base, &QCheckBox::toggled, this, &BandChartPage::rebuild);
    connect(m_total, &QCheckBox::toggled, this, &BandChartPage::rebuild);
    connect(m_market, &QCheckBox::toggled, this, &BandChartPage::rebuild);
    connect(save, &QPushButton::clicked, m_view, &ChartView::saveAs);
    // The pay history too: the chart marks the latest year of pay against the bands.
    new PageRefresh(session,
                    PlanPart::Ladders | PlanPart::Adjustment | PlanPart::PayHistory | PlanPart::Currencies
                        | PlanPart::Market,
                    this, [this](PlanParts) { rebuild(); });
    ComboRowKeeper::keep(m_ladder, session);
    ComboRowKeeper::keep(m_other, session);

    // Overlay the second ladder by default, so that the first view already compares.
    m_ladder->setCurrentIndex(0);
    m_other->setCurrentIndex(ladders->rowCount() > 1 ? 1 : 0);
    rebuild();
}

void BandChartPage::rebuild()
{
    const QList<CareerLadder> &ladders = m_session->ladderStore().ladders();
    BandChartBuilder::Options options;
    options.locale = Money::displayLocale();
    options.showBase = m_base->isChecked();
    options.showTotal = m_total->isChecked();
    options.adjustment = m_session->payStore().adjustment();
    const int first = m_ladder->currentIndex();
    if (first >= 0 && first < ladders.size())
        options.ladders.append(&ladders.at(first));
    const int second = m_other->currentIndex();
    if (m_overlay->isChecked() && second >= 0 && second < ladders.size() && second != first)
        options.ladders.append(&ladders.at(second));
    if (!m_session->payStore().payHistory().isEmpty()) {
        const PayRecord &latest = m_session->payStore().payHistory().constLast();
        options.myBase = latest.base;
        options.myTotal = latest.total();
        options.myPayYear = QString::number(latest.year);
        options.myPayCurrency = latest.currency;
        options.converter = m_session->payStore().converter();
    }
    // The reports are read when the page is first shown, never at the plan's opening.
    const MarketStore &market = m_session->marketStore();
    m_market->setEnabled(market.hasReports());
    m_marketOwed = m_market->isEnabled() && m_market->isChecked() && !isVisible();
    if (m_market->isEnabled() && m_market->isChecked() && isVisible()) {
        options.converter = m_session->payStore().converter();
        options.marketCurrency = options.converter.displayCurrency();
        for (int l = 0; l < options.ladders.size(); ++l) {
            MarketFilter filter;
            filter.ladder = int(options.ladders.at(l) - ladders.constData());
            const MarketDistribution distribution = market.distribution(filter, options.converter);
            for (const MarketDistribution::Row &row : distribution.levels)
                options.market.insert({ l, row.level }, { row.baseSummary, row.totalSummary });
        }
    }
    const BandChartBuilder::Result result = BandChartBuilder::build(options);
    m_view->setChartWithToolTips(result.chart, result.toolTips);
    m_currencyNotice->setProblem(result.currencyProblem);
    m_note->setText(result.barCount == 0
                        ? tr("The sources give no salary figures for this ladder. Edit a level to add your own.")
                        : tr("Bars run from each band's minimum to its maximum; a fading end and “+” mark a band "
                             "with no fixed top. Hover a bar for exact figures and sources.")
                              + (result.boxCount > 0 ? tr(" Boxes: the market reports of a level with at least %1 "
                                                          "of them (Market pay).")
                                                           .arg(Percentiles::FewestReports)
                                                     : QString()));
}

void BandChartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_marketOwed)
        rebuild();
}

} // namespace careerplanner
