#include "ui/path/PromotionDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace careerplanner {

PromotionDialog::PromotionDialog(const CareerLadder &ladder, const QString &suggestedLevel, QWidget *parent)
    : QDialog(parent)
    , m_ladderName(ladder.name)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_level(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Record a Promotion"));
    m_date->setObjectName(QStringLiteral("promotionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_level->setObjectName(QStringLiteral("promotionLevel"));
    for (const CareerLevel &level : ladder.levels)
        m_level->addItem(level.title);
    m_level->setCurrentIndex(std::max(0, m_level->findText(suggestedLevel)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Promoted to:"), m_level);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Promotion PromotionDialog::promotion() const
{
    return { 0, m_date->date(), m_ladderName, m_level->currentText(), m_note->text().trimmed() };
}

} // namespace careerplanner
