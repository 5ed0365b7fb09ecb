#include "ui/applications/ApplicationsPage.h"

#include "core/applications/ApplicationCalendar.h"
#include "core/applications/ApplicationReminders.h"
#include "core/applications/ThankYouDraft.h"
#include "core/plan/PlanSession.h"
#include "core/storage/OutputFile.h"
#include "ui/applications/ApplicationDialog.h"
#include "ui/applications/ApplicationListModel.h"
#include "ui/applications/ApplicationStagesPanel.h"
#include "ui/applications/ReminderModel.h"
#include "ui/applications/StatusFunnelChart.h"
#include "ui/applications/ThankYouDialog.h"
#include "ui/charts/ChartView.h"
#include "ui/widgets/CheckedEdit.h"
#include "ui/widgets/EmptyStateStack.h"
#include "ui/widgets/FilteredRecordList.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/widgets/RecordTable.h"

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

ApplicationsPage::ApplicationsPage(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ApplicationListModel(session, this))
    , m_list(new FilteredRecordList(m_model, ApplicationListModel::SearchRole, ApplicationListModel::TagsRole,
                                    { QStringLiteral("application"), QStringLiteral("applicationTagFilter"),
                                      tr("Search applications"), tr("Job applications"), tr("&Add Application…"),
                                      tr("Any principle probed") },
                                    this))
    , m_details(new ApplicationStagesPanel(session, this))
    , m_reminderModel(new ReminderModel(session, this))
    , m_reminderTable(new QTableView(this))
    , m_funnel(new ChartView(this))
    , m_thankYou(new QPushButton(tr("&Thank-You Note…"), this))
{
    m_list->fillTags(session->skillStore().skills());
    QList<std::pair<QString, QString>> statuses;
    for (JobApplication::Status status : JobApplication::statuses())
        statuses.append({ JobApplication::statusName(status), JobApplication::statusKey(status) });
    m_list->addFacet(QStringLiteral("applicationStatusFilter"), tr("Any status"), ApplicationListModel::StatusRole,
                     statuses);
    m_list->addFacet(QStringLiteral("applicationOpenFilter"), tr("Open or ended"), ApplicationListModel::OpenRole,
                     { { tr("Open"), QStringLiteral("open") }, { tr("Ended"), QStringLiteral("ended") } });
    auto *calendar = new QPushButton(tr("Export &Calendar…"), this);
    calendar->setObjectName(QStringLiteral("exportCalendar"));
    calendar->setToolTip(tr("Saves the chosen application's interviews, or every one to come, as an iCalendar "
                            "file that calendar programs import"));
    RecordTable::configure(m_list->table(), ApplicationListModel::NextColumn);
    m_list->table()->setWordWrap(false);
    m_list->setDetails(m_details);

    m_reminderTable->setObjectName(QStringLiteral("reminderTable"));
    m_reminderTable->setAccessibleName(tr("What to do next"));
    m_reminderTable->setModel(m_reminderModel);
    RecordTable::configure(m_reminderTable, ReminderModel::WhatColumn);
    m_reminderTable->setWordWrap(false);
    // What to do gets the room; the application's name, which can run long, a column to widen.
    m_reminderTable->horizontalHeader()->setSectionResizeMode(ReminderModel::ApplicationColumn,
                                                              QHeaderView::Interactive);
    m_reminderTable->setColumnWidth(ReminderModel::ApplicationColumn, 200);
    auto *reminderButtons = new QHBoxLayout;
    const auto reminderButton = [this, reminderButtons](const QString &text, const char *name, auto slot) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        reminderButtons->addWidget(button);
        m_reminderButtons.append(button);
        connect(button, &QPushButton::clicked, this, slot);
    };
    reminderButton(tr("&Done"), "reminderDone", [this] { markReminder(true); });
    reminderButton(tr("Dis&miss"), "reminderDismissed", [this] { markReminder(false); });
    m_thankYou->setObjectName(QStringLiteral("writeThankYou"));
    reminderButtons->addWidget(m_thankYou);
    reminderButtons->addStretch();
    reminderButtons->addWidget(calendar);
    auto *toDo = new QGroupBox(tr("What to do next"), this);
    auto *toDoLayout = new QVBoxLayout(toDo);
    toDoLayout->addWidget(m_reminderTable);
    toDoLayout->addLayout(reminderButtons);
    m_funnel->setObjectName(QStringLiteral("statusFunnel"));
    m_funnel->setMinimumWidth(360); // room for the ten statuses' names beside their bars
    // What to do is a few lines; the list and the chosen application get the height.
    m_reminderTable->setMaximumHeight(m_reminderTable->verticalHeader()->defaultSectionSize() * 4);
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(toDo);
    left->addWidget(m_list);
    left->setStretchFactor(1, 3);
    left->setSizes({ 180, 620 });
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_funnel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *stack = new EmptyStateStack(splitter, tr("&Add an Application…"), this);
    stack->setObjectName(QStringLiteral("applicationsEmpty"));
    stack->setGuideSection(QStringLiteral("Applications"));
    stack->followRows(m_model, tr("Each job you apply for, through its recruiter screen, phone screens, writing "
                                  "exercise, loop and offer: the stages come from your ladder's guide, with a "
                                  "reminder before each interview, the thank-you note and the follow-ups."));
    connect(stack->firstStepButton(), &QPushButton::clicked, this, &ApplicationsPage::addApplication);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stack);

    connect(m_list, &FilteredRecordList::addRequested, this, &ApplicationsPage::addApplication);
    connect(m_list, &FilteredRecordList::editRequested, this, &ApplicationsPage::editApplication);
    connect(m_list, &FilteredRecordList::removeRequested, this, &ApplicationsPage::removeApplication);
    connect(m_list, &FilteredRecordList::currentChanged, this, &ApplicationsPage::showChosen);
    connect(calendar, &QPushButton::clicked, this, &ApplicationsPage::exportCalendar);
    connect(m_thankYou, &QPushButton::clicked, this, &ApplicationsPage::writeThankYou);
    connect(m_reminderTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationsPage::rebuild);
    connect(m_reminderModel, &QAbstractItemModel::modelReset, this, &ApplicationsPage::rebuild);
    // The list is put in order again on every change: the chosen application stays chosen.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_chosen = currentApplicationId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int index = m_session->applicationStore().applicationIndex(m_chosen);
        if (index >= 0)
            m_list->selectRecord(m_model->rowOf(index));
    });
    connect(m_details, &ApplicationStagesPanel::payPackageMade, this, &ApplicationsPage::payPackageMade);
    new PageRefresh(session, PlanPart::Applications | PlanPart::Interviews, this, [this](PlanParts) { rebuild(); });
    rebuild();
}

qint64 ApplicationsPage::currentApplicationId() const
{
    const int index = m_model->applicationAt(m_list->currentRecord());
    return index < 0 ? 0 : m_session->applicationStore().applications().at(index).id;
}

void ApplicationsPage::rebuild()
{
    m_funnel->setChartWithToolTips(StatusFunnelChart::build(m_session->applicationStore().applications()), {});
    showChosen();
}

void ApplicationsPage::showChosen()
{
    const int row = RecordTable::selectedRow(m_reminderTable);
    for (QPushButton *button : std::as_const(m_reminderButtons))
        button->setEnabled(row >= 0);
    // The note is written for the chosen thank-you reminder, or for the chosen application.
    m_thankYou->setEnabled((row >= 0 && m_reminderModel->reminderAt(row).kind == ApplicationReminder::Kind::ThankYou)
                           || currentApplicationId() != 0);
    m_details->showApplication(currentApplicationId());
}

void ApplicationsPage::showApplication(qint64 applicationId)
{
    const int index = m_session->applicationStore().applicationIndex(applicationId);
    if (index < 0)
        return;
    m_list->clearFilters();
    m_list->selectRecord(m_model->rowOf(index));
}

void ApplicationsPage::addApplication()
{
    JobApplication blank;
    blank.ladder = m_session->pathStore().profile().ladderName; // the user's own ladder, to begin with
    ApplicationDialog dialog(blank, m_session->ladderStore().ladders(), this);
    qint64 saved = 0;
    if (dialog.execAndSave([&](QString *error) {
            return m_session->applicationStore().saveApplication(dialog.application(), error, &saved);
        }))
        showApplication(saved);
}

void ApplicationsPage::editApplication()
{
    const qint64 id = currentApplicationId();
    const int index = m_session->applicationStore().applicationIndex(id);
    if (index < 0)
        return;
    ApplicationDialog dialog(m_session->applicationStore().applications().at(index), m_session->ladderStore().ladders(),
                             this);
    if (dialog.execAndSave(
            [&](QString *error) { return m_session->applicationStore().saveApplication(dialog.application(), error); }))
        showApplication(id);
}

void ApplicationsPage::removeApplication()
{
    const int index = m_session->applicationStore().applicationIndex(currentApplicationId());
    if (index < 0)
        return;
    const JobApplication &application = m_session->applicationStore().applications().at(index);
    if (QMessageBox::question(
            this, tr("Remove Application"),
            tr("Remove the application “%1” with its stages and offer?").arg(application.displayName()))
        != QMessageBox::Yes)
        return;
    CheckedEdit::run(this, tr("Applications"), tr("The application was not removed."),
                     [&](QString *error) { return m_session->applicationStore().removeApplication(index, error); });
}

void ApplicationsPage::markReminder(bool done)
{
    const int row = RecordTable::selectedRow(m_reminderTable);
    if (row < 0)
        return;
    const ApplicationReminder reminder = m_reminderModel->reminderAt(row);
    const auto state
        = done ? ApplicationRepository::ReminderState::Done : ApplicationRepository::ReminderState::Dismissed;
    CheckedEdit::run(this, tr("Applications"), tr("The reminder was not marked."), [&](QString *error) {
        return m_session->applicationStore().markReminder(reminder, state, error);
    });
}

void ApplicationsPage::writeThankYou()
{
    const int row = RecordTable::selectedRow(m_reminderTable);
    const bool fromReminder = row >= 0 && m_reminderModel->reminderAt(row).kind == ApplicationReminder::Kind::ThankYou;
    const ApplicationReminder reminder = fromReminder ? m_reminderModel->reminderAt(row) : ApplicationReminder();
    ApplicationStore &store = m_session->applicationStore();
    const int index = store.applicationIndex(fromReminder ? reminder.applicationId : currentApplicationId());
    if (index < 0)
        return;
    JobApplication application = store.applications().at(index);
    const QString draft
        = application.thankYou.isEmpty()
              ? ThankYouDraft::compose(application, store.stagesOf(application.id), m_session->skillStore().skills())
              : application.thankYou;
    ThankYouDialog dialog(draft, application.displayName(), this);
    if (!dialog.execAndSave([&](QString *error) {
            application.thankYou = dialog.note();
            return store.saveApplication(application, error);
        }))
        return;
    // Written for the reminder: the reminder is done, as a second step Undo can take back.
    if (fromReminder)
        CheckedEdit::run(this, tr("Applications"), tr("The reminder was not marked."), [&](QString *error) {
            return store.markReminder(reminder, ApplicationRepository::ReminderState::Done, error);
        });
}

void ApplicationsPage::exportCalendar()
{
    const ApplicationStore &store = m_session->applicationStore();
    const qint64 id = currentApplicationId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<ApplicationStage> stages
        = id != 0 ? store.stagesOf(id) : ApplicationReminders::upcoming(store.applications(), store.stages(), now);
    const QString path = QFileDialog::getSaveFileName(
        this, id != 0 ? tr("Export the Application's Interviews") : tr("Export Interviews to Come"),
        QStringLiteral("interviews.ics"), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!OutputFile::write(path, ApplicationCalendar::write(store.applications(), stages, now), m_session->path(),
                           &error))
        CheckedEdit::tell(this, tr("Export Calendar"), tr("The calendar was not saved."), error);
}

} // namespace careerplanner
