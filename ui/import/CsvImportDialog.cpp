#include "ui/import/CsvImportDialog.h"

#include "ui/widgets/Appearance.h"
#include "core/base/BoundedFile.h"
#include "core/base/Money.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/FileFieldRow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

namespace {

QTableView *previewTable(QWidget *parent, const QString &name, QStandardItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QStandardItem *number(int value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    return item;
}

QString bandText(const CareerLevel &level, SalaryBand::Kind kind)
{
    const auto band = level.band(kind);
    return band ? band->toDisplayText() : QStringLiteral("—");
}

} // namespace

CsvImportDialog::CsvImportDialog(Kind kind, PlanSession *session, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_rows(new QStandardItemModel(this))
    , m_problems(new QStandardItemModel(this))
    , m_rowView(previewTable(this, QStringLiteral("importRows"), m_rows))
    , m_problemView(previewTable(this, QStringLiteral("importProblems"), m_problems))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const bool pay = kind == Kind::PayHistory;
    setWindowTitle(pay ? tr("Import Pay History from CSV") : tr("Import Levels from CSV"));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A .csv file saved from a spreadsheet"));
    auto *form = new QFormLayout;
    QPushButton *browse = FileFieldRow::add(form, m_path);
    if (!pay) {
        m_ladder = new QComboBox(this);
        m_ladder->setObjectName(QStringLiteral("importLadder"));
        for (const CareerLadder &ladder : session->ladderStore().ladders())
            m_ladder->addItem(ladder.name);
        form->addRow(tr("&Into ladder:"), m_ladder);
        connect(m_ladder, &QComboBox::currentIndexChanged, this, &CsvImportDialog::preview);
    }
    const QStringList columns = pay ? CsvImport::payHistoryColumns() : CsvImport::levelColumns();
    auto *help = new QLabel(tr("The first row names the columns, in any order: %1. %2")
                                .arg(columns.join(QStringLiteral(", ")),
                                     pay ? tr("Only year and base are needed; a year the plan has already is replaced.")
                                         : tr("Only title is needed; a maximum written “150000+” makes the band "
                                              "open-ended. The levels go after the ladder's last.")),
                            this);
    help->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_rowView->setAccessibleName(tr("Rows to import"));
    m_problemView->setAccessibleName(tr("Problems, by line"));
    // Not the accept role: a button box makes that the default button, and Return in the
    // file field previews the file; it must not import it unseen.
    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setEnabled(false);
    for (QPushButton *button : { import, m_buttons->button(QDialogButtonBox::Cancel), browse })
        button->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_rowView, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemView, 1);
    layout->addWidget(m_buttons);
    resize(820, 560);

    connect(browse, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(m_path, &QLineEdit::returnPressed, this, &CsvImportDialog::preview);
    connect(m_path, &QLineEdit::editingFinished, this, &CsvImportDialog::preview);
    connect(import, &QPushButton::clicked, this, &CsvImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);
    showProblems({}, 0);
}

void CsvImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    preview();
}

void CsvImportDialog::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, windowTitle(), m_path->text(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void CsvImportDialog::preview()
{
    m_rows->clear();
    m_payPreview = {};
    m_levelPreview = {};
    if (m_path->text().isEmpty()) {
        showProblems({}, 0);
        return;
    }
    QByteArray bytes;
    QString error;
    if (!BoundedFile::read(m_path->text(), BoundedFile::CsvLimit, &bytes, &error)) {
        showProblems({ { 0, error } }, 0);
        return;
    }
    const QString text = QString::fromUtf8(bytes);
    if (m_kind == Kind::PayHistory) {
        m_payPreview = CsvImport::payHistory(text);
        showPayPreview(m_payPreview);
    } else if (m_ladder->currentIndex() >= 0) {
        m_previewLadder = m_ladder->currentIndex();
        m_levelPreview = CsvImport::levels(text, m_session->ladderStore().ladders().at(m_previewLadder));
        showLevelPreview(m_levelPreview);
    }
}

void CsvImportDialog::showPayPreview(const CsvImport::Preview<PayRecord> &preview)
{
    m_rows->setHorizontalHeaderLabels(
        { tr("Line"), tr("Year"), tr("Ladder"), tr("Level"), tr("Base"), tr("Bonus"), tr("Stock") });
    for (int i = 0; i < preview.rows.size(); ++i) {
        const PayRecord &r = preview.rows.at(i);
        m_rows->appendRow({ number(preview.lines.at(i)), number(r.year), new QStandardItem(r.ladderName),
                            new QStandardItem(r.levelTitle), new QStandardItem(Money::format(r.base, r.currency)),
                            new QStandardItem(Money::format(r.bonus, r.currency)),
                            new QStandardItem(Money::format(r.stockVested, r.currency)) });
    }
    showProblems(preview.problems, int(preview.rows.size()));
}

void CsvImportDialog::showLevelPreview(const CsvImport::Preview<CareerLevel> &preview)
{
    m_rows->setHorizontalHeaderLabels(
        { tr("Line"), tr("Title"), tr("Code"), tr("Typical years"), tr("Base salary"), tr("Total compensation") });
    for (int i = 0; i < preview.rows.size(); ++i) {
        const CareerLevel &level = preview.rows.at(i);
        m_rows->appendRow({ number(preview.lines.at(i)), new QStandardItem(level.title),
                            new QStandardItem(level.levelCode), new QStandardItem(level.yearsAtLevel.toDisplayString()),
                            new QStandardItem(bandText(level, SalaryBand::Kind::Base)),
                            new QStandardItem(bandText(level, SalaryBand::Kind::TotalCompensation)) });
    }
    showProblems(preview.problems, int(preview.rows.size()));
}

void CsvImportDialog::showProblems(const QList<CsvImport::Problem> &problems, int rows)
{
    m_problems->clear();
    m_problems->setHorizontalHeaderLabels({ tr("Line"), tr("Problem") });
    for (const CsvImport::Problem &problem : problems)
        m_problems->appendRow({ problem.line > 0 ? number(problem.line) : new QStandardItem(QStringLiteral("—")),
                                new QStandardItem(problem.reason) });
    m_problemView->setVisible(!problems.isEmpty());
    m_rowView->resizeColumnsToContents();
    m_problemView->resizeColumnToContents(0);
    const bool ready = problems.isEmpty() && rows > 0;
    m_buttons->findChild<QPushButton *>(QStringLiteral("importButton"))->setEnabled(ready);
    m_summary->setStyleSheet(problems.isEmpty() ? QString() : Appearance::errorStyleSheet());
    if (m_path->text().isEmpty())
        m_summary->setText(tr("Choose a file to see what it would add."));
    else if (!problems.isEmpty())
        m_summary->setText(
            (problems.size() == 1 ? tr("1 problem below.") : tr("%1 problems below.").arg(problems.size()))
            + QLatin1Char(' ') + tr("Nothing is imported until every row is valid; fix the file and choose it again."));
    else
        m_summary->setText(rows == 1 ? tr("1 row ready to import.") : tr("%1 rows ready to import.").arg(rows));
}

void CsvImportDialog::accept()
{
    QString error;
    const bool done = m_kind == Kind::PayHistory
                          ? CsvImport::apply(*m_session, m_payPreview, &error)
                          : CsvImport::apply(*m_session, m_previewLadder, m_levelPreview, &error);
    if (!done) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported.\n\n%1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace careerplanner
