#include "ui/applications/ApplicationStagesPanel.h"

#include "core/base/DisplayText.h"
#include "core/base/Money.h"
#include "core/plan/PlanSession.h"
#include "ui/applications/OfferDialog.h"
#include "ui/applications/StageDialog.h"
#include "ui/applications/StageModel.h"
#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

ApplicationStagesPanel::ApplicationStagesPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stages(new StageModel(session, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_offer(new QLabel(this))
    , m_addStage(new QPushButton(tr("Add S&tage…"), this))
    , m_editOffer(new QPushButton(this))
    , m_makePackage(new QPushButton(tr("Make Pay &Package"), this))
{
    m_summary->setObjectName(QStringLiteral("applicationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_table->setObjectName(QStringLiteral("stageTable"));
    m_table->setAccessibleName(tr("Stages of the application"));
    m_table->setModel(m_stages);
    RecordTable::configure(m_table, StageModel::NameColumn);
    m_table->setWordWrap(false);
    // The stage's name gets the room; with whom, which can run long, a column to widen.
    m_table->horizontalHeader()->setSectionResizeMode(StageModel::WithColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(StageModel::WithColumn, 240);
    m_offer->setObjectName(QStringLiteral("offerSummary"));
    m_offer->setWordWrap(true);
    m_addStage->setObjectName(QStringLiteral("addStage"));
    m_editOffer->setObjectName(QStringLiteral("editOffer"));
    m_makePackage->setObjectName(QStringLiteral("makePayPackage"));
    m_makePackage->setToolTip(tr("Adds the offer to Pay packages, beside your current job, and opens it there"));

    auto *stageButtons = new QHBoxLayout;
    stageButtons->addWidget(m_addStage);
    const auto stageButton = [this, stageButtons](const QString &text, const char *name, auto slot) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        stageButtons->addWidget(button);
        m_stageButtons.append(button);
        connect(button, &QPushButton::clicked, this, slot);
    };
    stageButton(tr("&Edit Stage…"), "editStage", [this] { editStage(); });
    stageButton(tr("Re&move Stage"), "removeStage", [this] { removeStage(); });
    stageButton(tr("Earl&ier"), "stageEarlier", [this] { moveStage(-1); });
    stageButton(tr("&Later"), "stageLater", [this] { moveStage(+1); });
    stageButtons->addStretch();
    auto *offerRow = new QHBoxLayout;
    offerRow->addWidget(m_offer, 1);
    offerRow->addWidget(m_editOffer);
    offerRow->addWidget(m_makePackage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(stageButtons);
    layout->addLayout(offerRow);

    connect(m_addStage, &QPushButton::clicked, this, &ApplicationStagesPanel::addStage);
    connect(m_editOffer, &QPushButton::clicked, this, &ApplicationStagesPanel::editOffer);
    connect(m_makePackage, &QPushButton::clicked, this, &ApplicationStagesPanel::makePayPackage);
    connect(m_table, &QTableView::doubleClicked, this, &ApplicationStagesPanel::editStage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationStagesPanel::updateButtons);
    connect(m_stages, &QAbstractItemModel::modelReset, this, &ApplicationStagesPanel::updateButtons);
    connect(&session->applicationStore(), &ApplicationStore::applicationsChanged, this,
            &ApplicationStagesPanel::showSummary);
    showApplication(0);
}

void ApplicationStagesPanel::showApplication(qint64 applicationId)
{
    m_stages->showApplication(applicationId);
    showSummary();
}

int ApplicationStagesPanel::currentRow() const
{
    return RecordTable::selectedRow(m_table);
}

void ApplicationStagesPanel::showSummary()
{
    const ApplicationStore &store = m_session->applicationStore();
    const int index = store.applicationIndex(m_stages->applicationId());
    if (index < 0) {
        m_summary->setText(tr("<i>Choose an application to see its stages and its offer.</i>"));
        m_offer->clear();
    } else {
        const JobApplication &application = store.applications().at(index);
        QStringList lines {
            QStringLiteral("<b>%1</b>").arg(DisplayText::shortened(application.displayName()).toHtmlEscaped())
        };
        if (!application.level.isEmpty())
            lines.append(tr("Aiming at %1 on the %2 ladder")
                             .arg(application.level.toHtmlEscaped(), application.ladder.toHtmlEscaped()));
        if (!application.contact.isEmpty() || !application.foundVia.isEmpty())
            lines.append(tr("Found via %1 · contact %2")
                             .arg(application.foundVia.isEmpty() ? tr("—") : application.foundVia.toHtmlEscaped(),
                                  application.contact.isEmpty() ? tr("—") : application.contact.toHtmlEscaped()));
        if (!application.notes.isEmpty())
            lines.append(DisplayText::shortened(application.notes, 400).toHtmlEscaped());
        m_summary->setText(lines.join(QStringLiteral("<br>")));
        const ApplicationOffer *offer = store.offerOf(application.id);
        m_offer->setText(offer == nullptr ? tr("No offer recorded.")
                                          : tr("Offer: %1 base, sign-on %2 and %3, stock %4")
                                                .arg(Money::format(offer->baseSalary, offer->currency),
                                                     Money::format(offer->signOnYear1, offer->currency),
                                                     Money::format(offer->signOnYear2, offer->currency),
                                                     Money::format(offer->stockGrantValue, offer->currency)));
    }
    updateButtons();
}

void ApplicationStagesPanel::updateButtons()
{
    const ApplicationStore &store = m_session->applicationStore();
    const bool chosen = store.applicationIndex(m_stages->applicationId()) >= 0;
    const bool hasOffer = chosen && store.offerOf(m_stages->applicationId()) != nullptr;
    m_addStage->setEnabled(chosen);
    for (QPushButton *button : std::as_const(m_stageButtons))
        button->setEnabled(currentRow() >= 0);
    m_editOffer->setEnabled(chosen);
    m_editOffer->setText(hasOffer ? tr("Edit &Offer…") : tr("Record &Offer…"));
    m_makePackage->setEnabled(hasOffer);
}

void ApplicationStagesPanel::addStage()
{
    if (m_session->applicationStore().applicationIndex(m_stages->applicationId()) < 0)
        return;
    ApplicationStage blank;
    blank.applicationId = m_stages->applicationId();
    blank.kind = QStringLiteral("loop");
    StageDialog dialog(blank, m_session->skillStore().skills(), m_session->interviewStore().questions(), this);
    if (dialog.execAndSave([&](QString *error) {
            return m_session->applicationStore().saveStage(dialog.stage(), error, dialog.typedQuestions());
        }))
        m_table->selectRow(m_stages->rowCount() - 1);
}

void ApplicationStagesPanel::editStage()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const qint64 id = m_stages->stageAt(row).id;
    StageDialog dialog(m_stages->stageAt(row), m_session->skillStore().skills(),
                       m_session->interviewStore().questions(), this);
    if (dialog.execAndSave([&](QString *error) {
            return m_session->applicationStore().saveStage(dialog.stage(), error, dialog.typedQuestions());
        }))
        m_table->selectRow(m_stages->rowOf(id));
}

void ApplicationStagesPanel::removeStage()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ApplicationStage &stage = m_stages->stageAt(row);
    if (QMessageBox::question(this, tr("Remove Stage"), tr("Remove the stage “%1”?").arg(stage.name))
        != QMessageBox::Yes)
        return;
    const qint64 id = stage.id;
    CheckedEdit::run(this, tr("Applications"), tr("The stage was not removed."),
                     [&](QString *error) { return m_session->applicationStore().removeStage(id, error); });
}

void ApplicationStagesPanel::moveStage(int by)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const qint64 id = m_stages->stageAt(row).id;
    if (CheckedEdit::run(this, tr("Applications"), tr("The stage was not moved."),
                         [&](QString *error) { return m_session->applicationStore().moveStage(id, by, error); }))
        m_table->selectRow(m_stages->rowOf(id));
}

void ApplicationStagesPanel::editOffer()
{
    const ApplicationStore &store = m_session->applicationStore();
    const int index = store.applicationIndex(m_stages->applicationId());
    if (index < 0)
        return;
    ApplicationOffer offer;
    offer.applicationId = m_stages->applicationId();
    if (const ApplicationOffer *recorded = store.offerOf(offer.applicationId))
        offer = *recorded;
    OfferDialog dialog(offer, store.applications().at(index).displayName(), this);
    dialog.execAndSave([&](QString *error) { return m_session->applicationStore().saveOffer(dialog.offer(), error); });
}

void ApplicationStagesPanel::makePayPackage()
{
    const ApplicationStore &store = m_session->applicationStore();
    const int index = store.applicationIndex(m_stages->applicationId());
    const ApplicationOffer *offer = index < 0 ? nullptr : store.offerOf(m_stages->applicationId());
    if (offer == nullptr)
        return;
    // A package of that name already there (made before) is kept: the name gets a number.
    QString name = DisplayText::shortened(store.applications().at(index).displayName(), 80);
    const QString base = name;
    const QList<PayPackage> &packages = m_session->payStore().payPackages();
    for (int n = 2;
         std::any_of(packages.cbegin(), packages.cend(), [&](const PayPackage &p) { return p.name == name; }); ++n)
        name = tr("%1 (%2)").arg(base).arg(n);
    const PayPackage package = offer->toPayPackage(name);
    if (CheckedEdit::run(this, tr("Applications"), tr("The offer was not made a pay package."),
                         [&](QString *error) { return m_session->payStore().addPackage(package, error); }))
        Q_EMIT payPackageMade();
}

} // namespace careerplanner
