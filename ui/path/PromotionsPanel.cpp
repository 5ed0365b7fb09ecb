#include "ui/path/PromotionsPanel.h"
#include "core/base/DateText.h"

#include "core/plan/PlanSession.h"
#include "ui/path/PromotionDialog.h"
#include "ui/path/PromotionListModel.h"
#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

PromotionsPanel::PromotionsPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PromotionListModel(&session->pathStore(), this))
    , m_table(new QTableView(this))
    , m_edit(new QPushButton(tr("&Edit Promotion…"), this))
    , m_remove(new QPushButton(tr("Remo&ve Promotion"), this))
{
    m_table->setObjectName(QStringLiteral("promotionTable"));
    m_table->setAccessibleName(tr("Promotions that happened"));
    m_table->setModel(m_model);
    RecordTable::configure(m_table, PromotionListModel::NoteColumn);
    m_edit->setObjectName(QStringLiteral("editPromotion"));
    m_remove->setObjectName(QStringLiteral("removePromotion"));
    auto *caption = new QLabel(tr("Promotions you have had. The latest decides the level you hold now; record a new "
                                  "one with Record Promotion above."),
                               this);
    caption->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableView::activated, this, &PromotionsPanel::editPromotion);
    connect(m_edit, &QPushButton::clicked, this, &PromotionsPanel::editPromotion);
    connect(m_remove, &QPushButton::clicked, this, &PromotionsPanel::removePromotion);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PromotionsPanel::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PromotionsPanel::updateButtons);
    updateButtons();
}

int PromotionsPanel::currentRow() const
{
    return RecordTable::selectedRow(m_table);
}

void PromotionsPanel::updateButtons()
{
    const bool chosen = currentRow() >= 0;
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void PromotionsPanel::editPromotion()
{
    const int row = currentRow();
    if (row >= 0 && PromotionDialog::edit(m_session, row, this))
        m_table->selectRow(row);
}

void PromotionsPanel::removePromotion()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const PathStore &path = m_session->pathStore();
    const Promotion &removed = path.promotions().at(row);
    QList<Promotion> after = path.promotions();
    after.removeAt(row);
    QString question
        = tr("Remove the promotion to %1 on %2?").arg(removed.levelTitle, DateText::longDate(removed.date));
    if (const std::optional<Profile> moved = path.profileAfter(after))
        question += QLatin1Char(' ')
                    + (moved->levelStart.isValid()
                           ? tr("The level you hold goes back to %1, from %2.")
                                 .arg(moved->levelTitle, DateText::longDate(moved->levelStart))
                           : tr("The level you hold goes back to %1; say since when in Lay Out Path.")
                                 .arg(moved->levelTitle));
    if (QMessageBox::question(this, tr("Remove Promotion"), question) != QMessageBox::Yes)
        return;
    CheckedEdit::run(this, tr("My Path"), tr("The promotion was not removed."),
                     [&](QString *error) { return m_session->pathStore().removePromotion(row, error); });
}

} // namespace careerplanner
