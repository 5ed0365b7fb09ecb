#include "ui/pay/PayRecordDialog.h"

#include "core/base/HappenedDate.h"
#include "core/base/Money.h"
#include "core/pay/PayValidator.h"
#include "ui/widgets/MoneyField.h"
#include "ui/widgets/TypedRangeBox.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace careerplanner {

PayRecordDialog::PayRecordDialog(const PayRecord &record, const QList<CareerLadder> &ladders,
                                 const QList<PayRecord> &history, QWidget *parent)
    : CheckedDialog(parent)
    , m_result(record)
    , m_history(history)
    , m_originalYear(record.id != 0 ? record.year : 0) // 0: a new record
{
    setWindowTitle(record.id == 0 ? tr("Record a Year of Pay") : tr("Edit %1").arg(record.year));
    m_year = new TypedRangeSpinBox(1950, 2200, this);
    m_year->setObjectName(QStringLiteral("recordYear"));
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
    messageLabel()->setObjectName(QStringLiteral("recordNote"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Level held:"), m_level);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Base pay:"), m_base);
    form->addRow(tr("B&onus:"), m_bonus);
    form->addRow(tr("&Stock vested:"), m_stock);
    form->addRow(messageLabel());
    form->addRow(buttons());

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
    const PayRecord *other = replaced(record.year);
    if (problem.isEmpty() && other && m_originalYear != 0)
        problem = tr("%1 is already recorded: edit that year, or remove it first.").arg(record.year);
    if (problem.isEmpty() && !other && record.year != m_originalYear)
        problem = HappenedDate::payYearProblem(record.year, QDate::currentDate());
    const QString note = other ? tr("%1 is already recorded (%2 in all); OK asks before replacing it.")
                                     .arg(record.year)
                                     .arg(Money::format(other->total(), other->currency))
                               : QString();
    const bool valid = base && bonus && stock && problem.isEmpty();
    showCheck(problem, note);
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(valid); // an amount's reason is shown under it
    if (valid)
        m_result = record;
}

const PayRecord *PayRecordDialog::replaced(int year) const
{
    if (year == m_originalYear)
        return nullptr; // the year edited is itself
    const auto found
        = std::find_if(m_history.cbegin(), m_history.cend(), [year](const PayRecord &r) { return r.year == year; });
    return found != m_history.cend() ? &*found : nullptr;
}

bool PayRecordDialog::confirmReplacing()
{
    const PayRecord *other = replaced(m_result.year);
    if (!other)
        return true;
    return QMessageBox::question(
               this, tr("Replace %1").arg(other->year),
               tr("You already recorded %1: %2 base, %3 in all. Replace it with these figures?")
                   .arg(other->year)
                   .arg(Money::format(other->base, other->currency), Money::format(other->total(), other->currency)))
           == QMessageBox::Yes;
}

} // namespace careerplanner
