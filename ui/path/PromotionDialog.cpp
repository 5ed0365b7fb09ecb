#include "ui/path/PromotionDialog.h"

#include "ui/widgets/Appearance.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace careerplanner {

PromotionDialog::PromotionDialog(const CareerLadder &ladder, const QString &suggestedLevel, const QString &heldLevel,
                                 QWidget *parent)
    : QDialog(parent)
    , m_ladderName(ladder.name)
    , m_heldLevel(heldLevel)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_level(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record a Promotion"));
    m_date->setObjectName(QStringLiteral("promotionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_level->setObjectName(QStringLiteral("promotionLevel"));
    for (const CareerLevel &level : ladder.levels)
        m_level->addItem(level.title);
    m_level->setCurrentIndex(std::max(0, m_level->findText(suggestedLevel)));
    m_problem->setObjectName(QStringLiteral("promotionProblem"));
    m_problem->setStyleSheet(Appearance::errorStyleSheet());
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Promoted to:"), m_level);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &PromotionDialog::validate);
    connect(m_level, &QComboBox::currentIndexChanged, this, &PromotionDialog::validate);
    validate();
}

Promotion PromotionDialog::promotion() const
{
    return { 0, m_date->date(), m_ladderName, m_level->currentText(), m_note->text().trimmed() };
}

void PromotionDialog::validate()
{
    QString problem;
    if (m_date->date() > QDate::currentDate())
        problem = tr("A promotion that happened is dated today at the latest; one still to come is a step of your "
                     "path.");
    else if (m_level->currentText() == m_heldLevel)
        problem = tr("%1 is already the level you hold.").arg(m_heldLevel);
    m_problem->setText(problem);
    const bool shown = !problem.isEmpty();
    if (m_problem->isVisibleTo(this) != shown) {
        m_problem->setVisible(shown);
        adjustSize(); // the reason's two lines are shown whole, and the dialog shrinks back after
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace careerplanner
