#include "ui/pay/PayPage.h"

#include "ui/widgets/CheckedEdit.h"
#include "core/settings/AppSettings.h"
#include "ui/charts/ChartView.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/currency/CurrencyNotice.h"
#include "core/base/Money.h"
#include "ui/pay/PackageEditDialog.h"
#include "ui/pay/PackageListModel.h"
#include "ui/pay/PayChart.h"
#include "ui/pay/PayProjectionModel.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/InlineProblemLabel.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/TypedRangeBox.h"

#include <QChart>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

PayPage::PayPage(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_packages(new PackageListModel(session, this))
    , m_projection(new PayProjectionModel(this))
    , m_list(new QListView(this))
    , m_years(new TypedRangeSpinBox(1, PayProjection::MaximumYears, this))
    , m_yearsProblem(new InlineProblemLabel(QStringLiteral("projectionYearsProblem"), this))
    , m_table(new QTableView(this))
    , m_chart(new ChartView(this))
    , m_currencyNotice(new CurrencyNotice(session, this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    m_list->setObjectName(QStringLiteral("packageList"));
    m_list->setAccessibleName(tr("Pay packages"));
    m_list->setModel(m_packages);
    m_years->setObjectName(QStringLiteral("projectionYears"));
    m_years->setAccessibleName(tr("Years to project"));
    m_years->setValue(AppSettings().projectionYears());
    m_table->setObjectName(QStringLiteral("projectionTable"));
    m_table->setAccessibleName(tr("Pay projection"));
    m_table->setModel(m_projection);
    m_table->verticalHeader()->hide();
    RecordTable::sizeColumns(m_table, PayProjectionModel::PackageColumn);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chart->setObjectName(QStringLiteral("payChart"));
    m_edit->setObjectName(QStringLiteral("editPackage"));
    m_remove->setObjectName(QStringLiteral("removePackage"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addPackage"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("Pay &packages (tick to compare):"), left);
    listLabel->setBuddy(m_list);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    leftLayout->addLayout(buttons);

    auto *right = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(right);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *yearsRow = new QHBoxLayout;
    auto *yearsLabel = new QLabel(tr("&Years:"), top);
    yearsLabel->setBuddy(m_years);
    yearsRow->addWidget(yearsLabel);
    yearsRow->addWidget(m_years);
    yearsRow->addWidget(m_yearsProblem, 1);
    yearsRow->addStretch();
    topLayout->addLayout(yearsRow);
    topLayout->addWidget(m_table);
    right->addWidget(top);
    // A chart per currency when packages in several have no rate between them.
    auto *chartArea = new QWidget(right);
    auto *chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_currencyNotice);
    m_chartRow = new QHBoxLayout;
    m_chartRow->addWidget(m_chart);
    chartLayout->addLayout(m_chartRow, 1);
    right->addWidget(chartArea);
    right->setStretchFactor(1, 1);
    right->setSizes({ 320, 440 });

    m_content = new EmptyStateStack(right, tr("Add Your &Current Job…"), this);
    m_content->setObjectName(QStringLiteral("payPackagesEmpty"));
    m_content->setGuideSection(QStringLiteral("Pay packages"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_content);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 300, 900 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(add, &QPushButton::clicked, this, &PayPage::addPackage);
    connect(m_content->firstStepButton(), &QPushButton::clicked, this, &PayPage::addPackage);
    connect(m_edit, &QPushButton::clicked, this, &PayPage::editPackage);
    connect(m_remove, &QPushButton::clicked, this, &PayPage::removePackage);
    connect(m_list, &QListView::doubleClicked, this, &PayPage::editPackage);
    connect(m_packages, &PackageListModel::inclusionChanged, this, &PayPage::rebuild);
    connect(&session->payStore(), &PayStore::currenciesChanged, this, &PayPage::rebuild);
    connect(m_years, &QSpinBox::valueChanged, this, [this] {
        // A number of years out of range keeps the projection shown and says why.
        if (m_yearsProblem->report(m_years->inRange() ? QString()
                                                      : tr("Project 1 to %1 years.").arg(PayProjection::MaximumYears)))
            rebuild();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_edit->setEnabled(currentRow() >= 0);
        m_remove->setEnabled(currentRow() >= 0);
    });
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    rebuild();
}

int PayPage::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PayPage::rebuild()
{
    QList<PayPackage> included;
    for (int row : m_packages->includedRows())
        included.append(m_session->payStore().payPackages().at(row));
    if (m_session->payStore().payPackages().isEmpty())
        m_content->showEmpty(tr("Here each pay package is worked out year by year: base, sign-on, stock as it vests, "
                                "refreshers and bonus. Start with your current job, then add offers to compare "
                                "with it."));
    else if (included.isEmpty())
        m_content->showEmpty(tr("Tick a package on the left to see its pay year by year."), false);
    else
        m_content->showContent();
    m_projection->setPackages(included, m_years->value(), Money::displayLocale());
    const QList<QChart *> charts = PayChart::build(included, m_years->value(), m_session->payStore().converter());
    m_chart->setChartWithToolTips(charts.constFirst(), {});
    qDeleteAll(m_moreCharts);
    m_moreCharts.clear();
    QStringList currencies;
    for (const PayPackage &package : included) {
        if (!currencies.contains(package.currency))
            currencies.append(package.currency);
    }
    m_currencyNotice->setProblem(charts.size() > 1
                                     ? tr("The packages are in %1: add an exchange rate to compare them on one chart.")
                                           .arg(QLocale().createSeparatedList(currencies))
                                     : QString());
    for (qsizetype i = 1; i < charts.size(); ++i) {
        auto *view = new ChartView(this);
        view->setObjectName(QStringLiteral("payChart%1").arg(i + 1));
        view->setChartWithToolTips(charts.at(i), {});
        m_chartRow->addWidget(view);
        m_moreCharts.append(view);
    }
}

void PayPage::addPackage()
{
    PayPackage blank;
    blank.name.clear();
    blank.currency = AppSettings().defaultCurrency();
    // The first package someone makes is nearly always the job they have.
    if (m_session->payStore().payPackages().isEmpty())
        blank.kind = PayPackage::Kind::CurrentJob;
    PackageEditDialog dialog(blank, this);
    dialog.execAndSave([&](QString *error) { return m_session->payStore().addPackage(dialog.package(), error); });
}

void PayPage::editPackage()
{
    const int row = currentRow();
    if (row < 0)
        return;
    PackageEditDialog dialog(m_session->payStore().payPackages().at(row), this);
    dialog.execAndSave(
        [&](QString *error) { return m_session->payStore().updatePackage(row, dialog.package(), error); });
}

void PayPage::removePackage()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_session->payStore().payPackages().at(row).name;
    if (QMessageBox::question(this, tr("Remove Package"), tr("Remove the package “%1” from this plan?").arg(name))
        != QMessageBox::Yes)
        return;
    CheckedEdit::run(this, tr("Pay Package"), tr("The package was not removed."),
                     [&](QString *error) { return m_session->payStore().removePackage(row, error); });
}

} // namespace careerplanner
