#include "ui/path/PromotionDialog.h"

#include "core/path/PathValidator.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/CheckedEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace careerplanner {

PromotionDialog::PromotionDialog(const CareerLadder &ladder, const QString &suggestedLevel, const Profile &profile,
                                 QWidget *parent)
    : QDialog(parent)
    , m_ladderName(ladder.name)
    , m_profile(profile)
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

std::optional<Promotion> PromotionDialog::record(PlanSession *session, QWidget *parent)
{
    const QString title = tr("My Path");
    const QString failure = tr("No promotion was recorded.");
    const PathStore &path = session->pathStore();
    const QList<CareerLadder> &ladders = session->ladderStore().ladders();
    const QString ladderName = path.profile().ladderName;
    const auto ladder = std::find_if(ladders.cbegin(), ladders.cend(),
                                     [&ladderName](const CareerLadder &l) { return l.name == ladderName; });
    if (ladder == ladders.cend()) {
        CheckedEdit::tell(parent, title, failure, tr("Lay out your path first, so the plan knows your ladder."));
        return std::nullopt;
    }
    // The plan's next step is the promotion most likely to have happened.
    const int next = path.nextStepIndex();
    const QString suggested = next >= 0 ? path.scenarios().constFirst().steps.at(next).levelTitle : QString();
    PromotionDialog dialog(*ladder, suggested, path.profile(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Promotion promotion = dialog.promotion();
    if (!CheckedEdit::run(parent, title, failure,
                          [&](QString *error) { return session->pathStore().addPromotion(promotion, error); }))
        return std::nullopt;
    return promotion;
}

void PromotionDialog::validate()
{
    const QString problem = PathValidator::validateNewPromotion(promotion(), m_profile, QDate::currentDate());
    m_problem->setText(problem);
    const bool shown = !problem.isEmpty();
    if (m_problem->isVisibleTo(this) != shown) {
        m_problem->setVisible(shown);
        adjustSize(); // the reason's two lines are shown whole, and the dialog shrinks back after
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace careerplanner
