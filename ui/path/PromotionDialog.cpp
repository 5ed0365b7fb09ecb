#include "ui/path/PromotionDialog.h"

#include "core/base/HappenedDate.h"
#include "core/path/PathValidator.h"
#include "core/plan/PlanSession.h"
#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

#include <algorithm>

namespace careerplanner {

namespace {

// The titles of the ladder called name; empty when the plan has no such ladder.
QStringList levelTitles(const QList<CareerLadder> &ladders, const QString &name)
{
    QStringList titles;
    for (const CareerLadder &ladder : ladders) {
        if (ladder.name != name)
            continue;
        for (const CareerLevel &level : ladder.levels)
            titles.append(level.title);
    }
    return titles;
}

} // namespace

PromotionDialog::PromotionDialog(const Promotion &initial, const QStringList &levels,
                                 const std::optional<Profile> &held, QWidget *parent)
    : CheckedDialog(parent)
    , m_initial(initial)
    , m_held(held)
    , m_date(new DateField(initial.date.isValid() ? initial.date : QDate::currentDate(), this))
    , m_level(new QComboBox(this))
    , m_note(new QLineEdit(initial.note, this))
{
    setWindowTitle(held ? tr("Record a Promotion") : tr("Edit Promotion"));
    m_date->setObjectName(QStringLiteral("promotionDate"));
    m_level->setObjectName(QStringLiteral("promotionLevel"));
    m_level->addItems(levels);
    if (m_level->findText(initial.levelTitle) < 0 && !initial.levelTitle.isEmpty())
        m_level->addItem(initial.levelTitle); // kept as recorded, though the ladder changed since
    m_level->setCurrentIndex(std::max(0, m_level->findText(initial.levelTitle)));
    m_note->setObjectName(QStringLiteral("promotionNote"));
    messageLabel()->setObjectName(QStringLiteral("promotionProblem"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Promoted to:"), m_level);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(messageLabel());
    form->addRow(buttons());
    connect(m_date, &QDateEdit::dateChanged, this, &PromotionDialog::validate);
    connect(m_level, &QComboBox::currentIndexChanged, this, &PromotionDialog::validate);
    validate();
}

Promotion PromotionDialog::promotion() const
{
    return { m_initial.id, m_date->date(), m_initial.ladderName, m_level->currentText(), m_note->text().trimmed() };
}

std::optional<Promotion> PromotionDialog::record(PlanSession *session, QWidget *parent)
{
    const PathStore &path = session->pathStore();
    const QString ladder = path.profile().ladderName;
    const QStringList levels = levelTitles(session->ladderStore().ladders(), ladder);
    if (levels.isEmpty()) {
        CheckedEdit::tell(parent, tr("My Path"), tr("No promotion was recorded."),
                          tr("Lay out your path first, so the plan knows your ladder."));
        return std::nullopt;
    }
    // The plan's next step is the promotion most likely to have happened.
    const int next = path.nextStepIndex();
    Promotion suggested;
    suggested.ladderName = ladder;
    suggested.levelTitle = next >= 0 ? path.scenarios().constFirst().steps.at(next).levelTitle : QString();
    PromotionDialog dialog(suggested, levels, path.profile(), parent);
    if (!dialog.execAndSave(
            [&](QString *error) { return session->pathStore().addPromotion(dialog.promotion(), error); }))
        return std::nullopt;
    return dialog.promotion();
}

bool PromotionDialog::edit(PlanSession *session, int index, QWidget *parent)
{
    const QList<Promotion> &promotions = session->pathStore().promotions();
    if (index < 0 || index >= promotions.size())
        return false;
    const Promotion current = promotions.at(index);
    PromotionDialog dialog(current, levelTitles(session->ladderStore().ladders(), current.ladderName), std::nullopt,
                           parent);
    return dialog.execAndSave(
        [&](QString *error) { return session->pathStore().updatePromotion(index, dialog.promotion(), error); });
}

void PromotionDialog::validate()
{
    const Promotion promotion = this->promotion();
    if (m_held)
        showCheck(PathValidator::validateNewPromotion(promotion, *m_held, QDate::currentDate()));
    else if (promotion.date != m_initial.date)
        showCheck(HappenedDate::problem(HappenedDate::Kind::Promotion, promotion.date, QDate::currentDate()));
    else
        showCheck({});
}

} // namespace careerplanner
