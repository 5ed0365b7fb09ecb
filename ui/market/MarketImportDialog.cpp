#include "ui/market/MarketImportDialog.h"

#include "core/base/OwnThread.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/FileFieldRow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace careerplanner {

namespace {

QString shapeText(MarketCsv::Shape shape)
{
    switch (shape) {
    case MarketCsv::Shape::LevelsFyi:
        return MarketImportDialog::tr("a Levels.fyi-style export");
    case MarketCsv::Shape::H1b:
        return MarketImportDialog::tr("an H-1B disclosure file (base pay of certified cases only)");
    case MarketCsv::Shape::OwnSheet:
        break;
    }
    return MarketImportDialog::tr("a sheet of your own");
}

} // namespace

MarketImportDialog::MarketImportDialog(PlanSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_done(std::make_shared<std::atomic<int>>(0))
    , m_total(std::make_shared<std::atomic<int>>(0))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_path(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_skipped(new QStandardItemModel(0, 2, this))
    , m_skippedView(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_poll(new QTimer(this))
{
    setWindowTitle(tr("Import Market Pay Data"));
    m_path->setObjectName(QStringLiteral("marketImportPath"));
    m_path->setPlaceholderText(tr("A .csv file of pay reports"));
    auto *form = new QFormLayout;
    QPushButton *browse = FileFieldRow::add(form, m_path);
    auto *help = new QLabel(
        tr("A Levels.fyi-style export, the U.S. Department of Labor's H-1B disclosure data saved as CSV, or a "
           "sheet of your own with columns such as company, title, level, base, stock, bonus, total, years of "
           "experience, location, date and currency (in any order; other columns are left out). Comma, "
           "semicolon or tab separated; amounts such as 193000, 193,000 or 193K. Reports the plan holds "
           "already are not added again."),
        this);
    help->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("marketImportProgress"));
    m_progress->setAccessibleName(tr("Rows read"));
    m_progress->setFormat(tr("%v of %m rows read"));
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("marketImportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_skipped->setHorizontalHeaderLabels({ tr("Line"), tr("Skipped because") });
    m_skippedView->setObjectName(QStringLiteral("marketImportSkipped"));
    m_skippedView->setAccessibleName(tr("Rows skipped, by line"));
    m_skippedView->setModel(m_skipped);
    m_skippedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_skippedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_skippedView->verticalHeader()->hide();
    m_skippedView->horizontalHeader()->setStretchLastSection(true);
    m_skippedView->hide(); // until rows are skipped
    // Not the accept role, so that Return in the file field reads the file, never imports it.
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("marketImportButton"));
    m_import->setEnabled(false);
    for (QPushButton *button : { m_import, m_buttons->button(QDialogButtonBox::Cancel), browse })
        button->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_skippedView, 1);
    layout->addStretch(); // while there is no list of skipped rows
    layout->addWidget(m_buttons);
    resize(760, 480);

    m_poll->setInterval(30);
    connect(m_poll, &QTimer::timeout, this, &MarketImportDialog::poll);
    connect(browse, &QPushButton::clicked, this, &MarketImportDialog::chooseFile);
    connect(m_path, &QLineEdit::returnPressed, this, &MarketImportDialog::startReading);
    connect(m_path, &QLineEdit::editingFinished, this, &MarketImportDialog::startReading);
    connect(m_import, &QPushButton::clicked, this, &MarketImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MarketImportDialog::reject);
    m_summary->setText(tr("Choose a file to see what it holds before anything is added."));
}

MarketImportDialog::~MarketImportDialog()
{
    stopReading();
}

void MarketImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    startReading();
}

void MarketImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), m_path->text(),
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void MarketImportDialog::startReading()
{
    const QString path = m_path->text().trimmed();
    if (path == m_readPath && (isReading() || !m_preview.cancelled))
        return; // read already, or being read
    stopReading();
    m_readPath = path;
    m_preview = {};
    m_skipped->removeRows(0, m_skipped->rowCount());
    m_import->setEnabled(false);
    if (path.isEmpty())
        return;
    m_done->store(0);
    m_total->store(0);
    m_cancel->store(false);
    m_reading = startOnOwnThread([path, done = m_done, total = m_total, cancel = m_cancel] {
        return MarketImporter::read(path, QDate::currentDate(), [=](int rows, int of) {
            done->store(rows);
            total->store(of);
            return !cancel->load();
        });
    });
    m_progress->setRange(0, 0); // busy until the rows are counted
    m_progress->show();
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_poll->start();
}

void MarketImportDialog::stopReading()
{
    if (!isReading())
        return;
    m_cancel->store(true);
    m_reading.wait();
    m_reading = {};
    m_poll->stop();
    m_progress->hide();
}

void MarketImportDialog::poll()
{
    if (m_reading.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
        if (m_total->load() > 0) {
            m_progress->setRange(0, m_total->load());
            m_progress->setValue(m_done->load());
        }
        return;
    }
    m_poll->stop();
    m_progress->hide();
    m_preview = m_reading.get();
    m_reading = {};
    MarketImporter::findNew(*m_session, m_preview);
    showPreview();
}

void MarketImportDialog::showPreview()
{
    QString text = MarketImporter::summary(m_preview);
    if (m_preview.error.isEmpty() && !m_preview.cancelled)
        text = tr("%1 is %2. %3").arg(m_preview.fileName, shapeText(m_preview.read.shape), text);
    m_summary->setText(text);
    for (const CsvReader::Problem &skipped : m_preview.read.skipped) {
        auto *line = new QStandardItem;
        line->setData(skipped.line, Qt::DisplayRole);
        m_skipped->appendRow({ line, new QStandardItem(skipped.reason) });
    }
    m_skippedView->resizeColumnToContents(0);
    m_skippedView->setVisible(m_skipped->rowCount() > 0);
    m_import->setEnabled(m_preview.canAdd());
}

void MarketImportDialog::accept()
{
    if (isReading() || !m_preview.canAdd())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool done = MarketImporter::apply(*m_session, m_preview, &m_added, &error);
    QApplication::restoreOverrideCursor();
    if (!done) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported.\n\n%1").arg(error));
        return;
    }
    QDialog::accept();
}

void MarketImportDialog::reject()
{
    if (!isReading()) {
        QDialog::reject();
        return;
    }
    stopReading();
    m_preview = {};
    m_preview.cancelled = true;
    m_summary->setText(MarketImporter::summary(m_preview));
}

} // namespace careerplanner
