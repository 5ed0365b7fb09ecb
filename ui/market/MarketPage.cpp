#include "ui/market/MarketPage.h"

#include "core/base/DateText.h"
#include "core/plan/PlanSession.h"
#include "ui/market/MarketDistributionModel.h"
#include "ui/market/MarketFilterBar.h"
#include "ui/market/MarketImportDialog.h"
#include "ui/market/MarketMatchingDialog.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

MarketPage::MarketPage(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filters(new MarketFilterBar(this))
    , m_model(new MarketDistributionModel(this))
    , m_table(new QTableView(this))
    , m_notes(new QLabel(this))
    , m_imports(new QStandardItemModel(0, 4, this))
    , m_importList(new QTableView(this))
    , m_remove(new QPushButton(tr("Re&move File's Reports"), this))
{
    m_table->setObjectName(QStringLiteral("marketTable"));
    m_table->setAccessibleName(tr("Market pay by level"));
    m_table->setModel(m_model);
    RecordTable::configure(m_table, MarketDistributionModel::LevelColumn);
    m_notes->setObjectName(QStringLiteral("marketNotes"));
    m_notes->setWordWrap(true);
    m_imports->setHorizontalHeaderLabels({ tr("File"), tr("Imported"), tr("Kind"), tr("Reports") });
    m_importList->setObjectName(QStringLiteral("marketImports"));
    m_importList->setAccessibleName(tr("Imported files"));
    m_importList->setModel(m_imports);
    RecordTable::configure(m_importList, 0);
    m_remove->setObjectName(QStringLiteral("removeMarketImport"));
    auto *import = new QPushButton(tr("&Import Market Pay Data…"), this);
    import->setObjectName(QStringLiteral("importMarket"));
    auto *matching = new QPushButton(tr("Correct Ma&tching…"), this);
    matching->setObjectName(QStringLiteral("correctMarketMatching"));
    matching->setToolTip(tr("See which level each report title went to, and correct it."));

    auto *figures = new QWidget(this);
    auto *figuresLayout = new QVBoxLayout(figures);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addWidget(m_filters);
    figuresLayout->addWidget(m_table, 1);
    auto *notesRow = new QHBoxLayout;
    notesRow->addWidget(m_notes, 1);
    notesRow->addWidget(matching, 0, Qt::AlignTop);
    figuresLayout->addLayout(notesRow);
    auto *files = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(new QLabel(tr("Where the reports come from"), files));
    filesLayout->addWidget(m_importList, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    filesLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(figures);
    splitter->addWidget(files);
    splitter->setSizes({ 520, 180 });
    m_content = new EmptyStateStack(splitter, tr("&Import Market Pay Data…"), this);
    m_content->setObjectName(QStringLiteral("marketPayEmpty"));
    m_content->setGuideSection(QStringLiteral("Market pay"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_content);

    connect(import, &QPushButton::clicked, this, &MarketPage::importReports);
    connect(m_content->firstStepButton(), &QPushButton::clicked, this, &MarketPage::importReports);
    connect(matching, &QPushButton::clicked, this, &MarketPage::correctMatching);
    connect(m_remove, &QPushButton::clicked, this, &MarketPage::removeImport);
    connect(m_filters, &MarketFilterBar::filterChanged, this, &MarketPage::recompute);
    connect(m_importList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(RecordTable::selectedRow(m_importList) >= 0); });
    new PageRefresh(session, PlanPart::Market | PlanPart::Ladders | PlanPart::Currencies | PlanPart::Profile, this,
                    [this](PlanParts) { rebuild(); });
    rebuild();
}

void MarketPage::importReports()
{
    MarketImportDialog dialog(m_session, this);
    dialog.exec();
}

void MarketPage::correctMatching()
{
    MarketMatchingDialog dialog(m_session, this);
    dialog.exec();
}

void MarketPage::rebuild()
{
    const MarketStore &market = m_session->marketStore();
    if (!market.hasReports()) {
        m_content->showEmpty(tr("Where pay really stands, level by level: import compensation reports (a "
                                "Levels.fyi export, the public H-1B disclosure data, or a sheet of offers you "
                                "know of) to see their percentiles beside the guides' ranges."));
        m_model->setDistribution({}, {}, {});
        m_imports->removeRows(0, m_imports->rowCount());
        return;
    }
    m_content->showContent();
    m_filters->setChoices(market, m_session->pathStore().profile().ladderName);
    m_imports->removeRows(0, m_imports->rowCount());
    for (const MarketImport &import : market.imports()) {
        const QString kind = import.shape == MarketCsv::Shape::LevelsFyi ? tr("Levels.fyi export")
                             : import.shape == MarketCsv::Shape::H1b     ? tr("H-1B disclosures")
                                                                         : tr("Own sheet");
        auto *reports = new QStandardItem(QLocale().toString(import.reports));
        reports->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_imports->appendRow({ new QStandardItem(import.sourceFile),
                               new QStandardItem(DateText::longDate(import.importedOn)), new QStandardItem(kind),
                               reports });
    }
    RecordTable::sizeColumns(m_importList, 0);
    m_remove->setEnabled(RecordTable::selectedRow(m_importList) >= 0);
    recompute();
}

void MarketPage::recompute()
{
    const MarketStore &market = m_session->marketStore();
    const MarketFilter filter = m_filters->filter();
    const CurrencyConverter converter = m_session->payStore().converter();
    const MarketDistribution distribution = market.distribution(filter, converter);
    QStringList levels;
    if (filter.ladder >= 0 && filter.ladder < market.matcher().ladders().size()) {
        for (const CareerLevel &level : market.matcher().ladders().at(filter.ladder).levels)
            levels.append(level.title);
    }
    m_model->setDistribution(distribution, levels, converter.displayCurrency());
    RecordTable::sizeColumns(m_table, MarketDistributionModel::LevelColumn);
    QString notes = distribution.all.reports == 0
                        ? tr("No report of this job family matches the filters.")
                        : tr("Percentiles as spreadsheets' PERCENTILE.INC: the p-th of n sorted amounts sits at "
                             "rank p(n − 1)/100, between the two closest ranks. A level with fewer than %1 "
                             "reports shows too few reports. Estimated: placed through their years of "
                             "experience, as the report gives no level this ladder knows.")
                              .arg(Percentiles::FewestReports);
    if (distribution.withoutRate > 0)
        notes += QLatin1Char(' ')
                 + tr("%1 reports in %2 are left out: add a rate to %3 in Edit ▸ Currencies and Exchange Rates.")
                       .arg(QLocale().toString(distribution.withoutRate),
                            distribution.currenciesWithoutRate.join(QStringLiteral(", ")), converter.displayCurrency());
    m_notes->setText(notes);
}

void MarketPage::removeImport()
{
    const int row = RecordTable::selectedRow(m_importList);
    const QList<MarketImport> &imports = m_session->marketStore().imports();
    if (row < 0 || row >= imports.size())
        return;
    QString error;
    if (!m_session->marketStore().removeImport(row, &error))
        QMessageBox::warning(this, tr("Remove Reports"), error);
}

} // namespace careerplanner
