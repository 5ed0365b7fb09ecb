#include "ui/pay/PayRecordDialog.h"

#include "ui/widgets/Appearance.h"
#include "ui/widgets/MoneyField.h"
#include "core/pay/PayValidator.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace careerplanner {

PayRecordDialog::PayRecordDialog(const PayRecord &record, const QList<CareerLadder> &ladders,
                                 const QList<int> &recordedYears, QWidget *parent)
    : QDialog(parent)
    , m_result(record)
    , m_recordedYears(recordedYears)
    , m_originalYear(record.year)
{
    setWindowTitle(record.id == 0 ? tr("Record a Year of Pay") : tr("Edit %1").arg(record.year));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("recordYear"));
    m_year->setRange(1950, 2200);
    m_year->setValue(record.year > 0 ? record.year : QDate::currentDate().year() - 1);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("recordLevel"));
    m_level->addItem(tr("(not given)"));
    for (const CareerLadder &ladder : ladders) {
        for (const CareerLevel &level : ladder.levels) {
            m_level->addItem(tr("%1 (%2)").arg(level.title, ladder.name), QStringList { ladder.name, level.title });
            if (ladder.name == record.ladderName && level.title == record.levelTitle)
                m_level->setCurrentIndex(m_level->count() - 1);
        }
    }
    m_currency = new QLineEdit(record.currency, this);
    m_currency->setInputMask(QStringLiteral(">AAA"));
    m_currency->setMaximumWidth(80);
    m_base = new MoneyField(tr("Base pay"), this);
    m_base->setObjectName(QStringLiteral("recordBase"));
    m_base->setValue(record.id ? std::optional<qint64>(record.base) : std::nullopt, record.currency);
    m_bonus = new MoneyField(tr("Bonus"), this);
    m_bonus->setValue(record.bonus, record.currency);
    m_stock = new MoneyField(tr("Stock vested"), this);
    m_stock->setValue(record.stockVested, record.currency);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("recordNote"));
    m_note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Level held:"), m_level);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Base pay:"), m_base);
    form->addRow(tr("B&onus:"), m_bonus);
    form->addRow(tr("&Stock vested:"), m_stock);
    form->addRow(m_note);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_year, &QSpinBox::valueChanged, this, &PayRecordDialog::validate);
    connect(m_level, &QComboBox::currentIndexChanged, this, &PayRecordDialog::validate);
    connect(m_currency, &QLineEdit::textChanged, this, &PayRecordDialog::validate);
    for (MoneyField *field : { m_base, m_bonus, m_stock })
        connect(field, &MoneyField::changed, this, &PayRecordDialog::validate);
    validate();
}

void PayRecordDialog::validate()
{
    PayRecord record = m_result;
    record.year = m_year->value();
    const QStringList level = m_level->currentData().toStringList();
    record.ladderName = level.value(0);
    record.levelTitle = level.value(1);
    record.currency = m_currency->text().trimmed().toUpper();
    const auto base = m_base->value(record.currency, true);
    const auto bonus = m_bonus->value(record.currency);
    const auto stock = m_stock->value(record.currency);
    QString problem;
    if (base && bonus && stock) {
        record.base = *base;
        record.bonus = *bonus;
        record.stockVested = *stock;
        problem = PayValidator::validateRecord(record);
    }
    const bool replaces = record.year != m_originalYear && m_recordedYears.contains(record.year);
    m_note->setStyleSheet(problem.isEmpty() ? QString() : Appearance::errorStyleSheet());
    m_note->setText(!problem.isEmpty() ? problem
                    : replaces         ? tr("%1 is already recorded; OK replaces it.").arg(record.year)
                                       : QString());
    const bool valid = base && bonus && stock && problem.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    if (valid)
        m_result = record;
}

} // namespace careerplanner
