#include "ui/pay/PayHistoryPage.h"

#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/PageRefresh.h"
#include "core/settings/AppSettings.h"
#include "ui/charts/ChartView.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/widgets/MarketStandingLabel.h"
#include "ui/currency/CurrencyNotice.h"
#include "ui/pay/PayHistoryChart.h"
#include "ui/pay/PayHistoryModel.h"
#include "ui/pay/PayRecordDialog.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/RecordTable.h"

#include <QChart>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

PayHistoryPage::PayHistoryPage(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PayHistoryModel(session, this))
    , m_table(new QTableView(this))
    , m_chart(new ChartView(this))
    , m_currencyNotice(new CurrencyNotice(session, this))
    , m_market(new MarketStandingLabel(session, this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Pay history"));
    m_table->setModel(m_model);
    RecordTable::configure(m_table, PayHistoryModel::LevelColumn);
    m_chart->setObjectName(QStringLiteral("historyChart"));
    m_market->setObjectName(QStringLiteral("historyMarket"));
    auto *add = new QPushButton(tr("&Record a Year…"), this);
    add->setObjectName(QStringLiteral("addRecord"));
    m_edit->setObjectName(QStringLiteral("editRecord"));
    m_remove->setObjectName(QStringLiteral("removeRecord"));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    topLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    auto *chartArea = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_currencyNotice);
    chartLayout->addWidget(m_market);
    chartLayout->addWidget(m_chart, 1);
    splitter->addWidget(chartArea);
    splitter->setSizes({ 260, 500 });
    m_content = new EmptyStateStack(splitter, tr("&Record This Year's Pay…"), this);
    m_content->setObjectName(QStringLiteral("payHistoryEmpty"));
    m_content->setGuideSection(QStringLiteral("Pay history"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_content);

    connect(add, &QPushButton::clicked, this, &PayHistoryPage::addRecord);
    connect(m_content->firstStepButton(), &QPushButton::clicked, this, &PayHistoryPage::addRecord);
    m_content->followRows(m_model, tr("Your pay year by year, drawn against the band of the level you held each "
                                      "year. Record this year's pay to start; earlier years show how far you have "
                                      "come."));
    connect(m_edit, &QPushButton::clicked, this, &PayHistoryPage::editRecord);
    connect(m_remove, &QPushButton::clicked, this, &PayHistoryPage::removeRecord);
    connect(m_table, &QTableView::doubleClicked, this, &PayHistoryPage::editRecord);
    new PageRefresh(session,
                    PlanPart::PayHistory | PlanPart::Ladders | PlanPart::PayPackages | PlanPart::Currencies
                        | PlanPart::Market,
                    this, [this](PlanParts) { rebuildChart(); });
    const auto updateButtons = [this] {
        m_edit->setEnabled(currentRow() >= 0);
        m_remove->setEnabled(currentRow() >= 0);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
    rebuildChart();
}

int PayHistoryPage::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PayHistoryPage::rebuildChart()
{
    QString problem;
    m_chart->setChartWithToolTips(PayHistoryChart::build(m_session->payStore().payHistory(),
                                                         m_session->ladderStore().ladders(),
                                                         m_session->payStore().converter(), &problem),
                                  {});
    m_currencyNotice->setProblem(problem);
    const QList<PayRecord> &years = m_session->payStore().payHistory();
    const PayRecord latest = years.isEmpty() ? PayRecord() : years.constLast();
    m_market->setPay(latest.ladderName, latest.levelTitle,
                     years.isEmpty() ? std::nullopt : std::optional<qint64>(latest.total()), latest.currency, true);
}

void PayHistoryPage::addRecord()
{
    PayRecord blank;
    blank.currency = AppSettings().defaultCurrency();
    if (!m_session->payStore().payHistory().isEmpty()) {
        // Most people record the year after the last, at the same level, up to this year.
        const PayRecord &last = m_session->payStore().payHistory().constLast();
        blank.year = std::min(last.year + 1, QDate::currentDate().year());
        blank.ladderName = last.ladderName;
        blank.levelTitle = last.levelTitle;
        blank.currency = last.currency;
    }
    PayRecordDialog dialog(blank, m_session->ladderStore().ladders(), m_session->payStore().payHistory(), this);
    dialog.execAndSave([&](QString *error) {
        return dialog.confirmReplacing() && m_session->payStore().saveRecord(dialog.record(), error);
    });
}

void PayHistoryPage::editRecord()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const PayStore &pay = m_session->payStore();
    PayRecordDialog dialog(pay.payHistory().at(row), m_session->ladderStore().ladders(), pay.payHistory(), this);
    dialog.execAndSave([&](QString *error) { return m_session->payStore().saveRecord(dialog.record(), error); });
}

void PayHistoryPage::removeRecord()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const int year = m_session->payStore().payHistory().at(row).year;
    if (QMessageBox::question(this, tr("Remove Year"), tr("Remove what you recorded for %1?").arg(year))
        != QMessageBox::Yes)
        return;
    CheckedEdit::run(this, tr("Pay History"), tr("The year was not removed."),
                     [&](QString *error) { return m_session->payStore().removeRecord(row, error); });
}

} // namespace careerplanner
