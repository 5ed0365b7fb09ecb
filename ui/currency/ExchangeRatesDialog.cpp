#include "ui/currency/ExchangeRatesDialog.h"

#include "core/plan/PlanSession.h"
#include "ui/currency/ExchangeRateDialog.h"
#include "ui/currency/ExchangeRateModel.h"
#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

ExchangeRatesDialog::ExchangeRatesDialog(PlanSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ExchangeRateModel(&session->payStore(), this))
    , m_display(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_edit(new QPushButton(tr("&Edit Rate…"), this))
    , m_remove(new QPushButton(tr("Re&move Rate"), this))
{
    setWindowTitle(tr("Currencies and Exchange Rates"));
    auto *intro = new QLabel(tr("Amounts in different currencies are compared, added up or drawn on one chart only "
                                "through a rate of yours, and every converted amount says which. Career Planner "
                                "has no network: enter the rates you trust, with the date they are for."),
                             this);
    intro->setWordWrap(true);
    m_display->setObjectName(QStringLiteral("displayCurrency"));
    m_table->setObjectName(QStringLiteral("rateTable"));
    m_table->setAccessibleName(tr("Exchange rates"));
    m_table->setModel(m_model);
    RecordTable::configure(m_table, ExchangeRateModel::NoteColumn);
    auto *add = new QPushButton(tr("&Add Rate…"), this);
    add->setObjectName(QStringLiteral("addRate"));
    m_edit->setObjectName(QStringLiteral("editRate"));
    m_remove->setObjectName(QStringLiteral("removeRate"));
    auto *rateButtons = new QHBoxLayout;
    rateButtons->addWidget(add);
    rateButtons->addWidget(m_edit);
    rateButtons->addWidget(m_remove);
    rateButtons->addStretch();
    auto *display = new QFormLayout;
    display->addRow(tr("&Show amounts in:"), m_display);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(display);
    layout->addWidget(m_table, 1);
    layout->addLayout(rateButtons);
    layout->addWidget(close);
    resize(620, 420);

    fillDisplayChoices();
    connect(m_display, &QComboBox::activated, this, &ExchangeRatesDialog::chooseDisplayCurrency);
    connect(add, &QPushButton::clicked, this, &ExchangeRatesDialog::addRate);
    connect(m_edit, &QPushButton::clicked, this, &ExchangeRatesDialog::editRate);
    connect(m_remove, &QPushButton::clicked, this, &ExchangeRatesDialog::removeRate);
    connect(m_table, &QTableView::activated, this, &ExchangeRatesDialog::editRate);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillDisplayChoices(); // an undo may have changed the choice, or a rate brought a currency
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExchangeRatesDialog::updateButtons);
    updateButtons();
}

void ExchangeRatesDialog::open(PlanSession *session, QWidget *parent)
{
    ExchangeRatesDialog dialog(session, parent->window());
    dialog.exec();
}

QStringList ExchangeRatesDialog::currenciesIn(const PlanSession &session)
{
    QSet<QString> codes { QStringLiteral("USD") };
    const PayStore &pay = session.payStore();
    for (const PayPackage &package : pay.payPackages())
        codes.insert(package.currency);
    for (const PayRecord &record : pay.payHistory())
        codes.insert(record.currency);
    for (const ExchangeRate &rate : pay.exchangeRates())
        codes << rate.from << rate.to;
    for (const CareerLadder &ladder : session.ladderStore().ladders()) {
        for (const CareerLevel &level : ladder.levels) {
            for (const SalaryBand &band : level.bands)
                codes.insert(band.currency);
        }
    }
    codes.insert(pay.displayCurrency());
    QStringList sorted(codes.cbegin(), codes.cend());
    sorted.sort();
    return sorted;
}

void ExchangeRatesDialog::fillDisplayChoices()
{
    const PayStore &pay = m_session->payStore();
    const QSignalBlocker quiet(m_display);
    m_display->clear();
    m_display->addItem(tr("%1, your current job's (the default)").arg(pay.defaultDisplayCurrency()), QString());
    for (const QString &code : currenciesIn(*m_session))
        m_display->addItem(code, code);
    m_display->setCurrentIndex(std::max(0, m_display->findData(pay.chosenDisplayCurrency())));
}

void ExchangeRatesDialog::chooseDisplayCurrency()
{
    const QString code = m_display->currentData().toString();
    if (!CheckedEdit::run(this, windowTitle(), tr("The display currency was not changed."),
                          [&](QString *error) { return m_session->payStore().setDisplayCurrency(code, error); }))
        fillDisplayChoices();
}

int ExchangeRatesDialog::currentRow() const
{
    return RecordTable::selectedRow(m_table);
}

void ExchangeRatesDialog::updateButtons()
{
    const bool chosen = currentRow() >= 0;
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void ExchangeRatesDialog::addRate()
{
    // The pair most likely wanted: a currency of the plan against the one it is shown in.
    ExchangeRate suggested;
    suggested.to = m_session->payStore().displayCurrency();
    for (const QString &code : currenciesIn(*m_session)) {
        if (code != suggested.to && !m_session->payStore().converter().rateBetween(code, suggested.to)) {
            suggested.from = code;
            break;
        }
    }
    suggested.date = QDate::currentDate();
    ExchangeRateDialog dialog(suggested, this);
    dialog.execAndSave([&](QString *error) { return m_session->payStore().addRate(dialog.rate(), error); });
}

void ExchangeRatesDialog::editRate()
{
    const int row = currentRow();
    if (row < 0)
        return;
    ExchangeRateDialog dialog(m_session->payStore().exchangeRates().at(row), this);
    if (dialog.execAndSave([&](QString *error) { return m_session->payStore().updateRate(row, dialog.rate(), error); }))
        m_table->selectRow(row);
}

void ExchangeRatesDialog::removeRate()
{
    const int row = currentRow();
    if (row < 0)
        return;
    // One undoable edit, like every other: Edit ▸ Undo brings it back, so no question first.
    CheckedEdit::run(this, windowTitle(), tr("The rate was not removed."),
                     [&](QString *error) { return m_session->payStore().removeRate(row, error); });
}

} // namespace careerplanner
