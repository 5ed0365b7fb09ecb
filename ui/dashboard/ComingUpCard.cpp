#include "ui/dashboard/ComingUpCard.h"

#include "core/applications/ApplicationReminders.h"
#include "core/applications/ApplicationStore.h"
#include "core/base/DateText.h"
#include "core/base/DisplayText.h"
#include "ui/dashboard/DashboardParts.h"
#include "ui/widgets/Appearance.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace careerplanner {

namespace {

constexpr int ApplicationRole = Qt::UserRole;
constexpr int WhenRole = Qt::UserRole + 1;

} // namespace

ComingUpCard::ComingUpCard(QWidget *parent)
    : QGroupBox(tr("Coming up"), parent)
    , m_model(new QStandardItemModel(this))
    , m_view(DashboardParts::listView(this, QStringLiteral("dashboardComingUp"), m_model))
    , m_empty(DashboardParts::textLabel(this, QStringLiteral("dashboardComingUpEmpty")))
{
    setObjectName(QStringLiteral("comingUpCard"));
    m_view->setAccessibleName(tr("Coming up for your applications"));
    m_view->setToolTip(tr("Click to open the application"));
    m_view->setMaximumHeight(m_view->fontMetrics().lineSpacing() * (RowsShown + 2) + 8);
    connect(m_view, &QTreeView::clicked, this, &ComingUpCard::open);
    connect(m_view, &QTreeView::activated, this, &ComingUpCard::open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
}

void ComingUpCard::showFor(const ApplicationStore &applications, const QDateTime &now)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({ tr("When"), tr("What"), tr("Application") });
    const auto nameOf = [&applications](qint64 id) {
        const int index = applications.applicationIndex(id);
        return index < 0 ? QString() : DisplayText::shortened(applications.applications().at(index).displayName());
    };
    const auto add = [&](const QDateTime &when, const QString &what, qint64 applicationId, bool late) {
        auto *whenItem = new QStandardItem(DateText::dateTime(when));
        whenItem->setData(applicationId, ApplicationRole);
        whenItem->setData(when, WhenRole);
        if (late)
            whenItem->setForeground(Appearance::errorColor());
        m_model->appendRow(
            { whenItem, new QStandardItem(DisplayText::shortened(what)), new QStandardItem(nameOf(applicationId)) });
    };
    const QList<ApplicationReminder> reminders = applications.reminders(now);
    QList<qint64> remindedStages;
    for (const ApplicationReminder &reminder : reminders) {
        add(reminder.dueBy, reminder.text, reminder.applicationId, reminder.dueBy < now);
        remindedStages.append(reminder.stageId);
    }
    // Interviews further off than tomorrow have no reminder yet; they are shown as booked.
    const QList<ApplicationStage> coming
        = ApplicationReminders::upcoming(applications.applications(), applications.stages(), now);
    for (const ApplicationStage &stage : coming) {
        const QDateTime start = stage.hasTime() ? stage.start() : QDateTime(stage.date, QTime(0, 0));
        if (stage.isInterview() && !remindedStages.contains(stage.id) && start <= now.addDays(DaysAhead))
            add(start, stage.name, stage.applicationId, false);
    }
    m_model->setSortRole(WhenRole);
    m_model->sort(0);
    if (m_model->rowCount() > RowsShown)
        m_model->removeRows(RowsShown, m_model->rowCount() - RowsShown);
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(applications.applications().isEmpty()
                         ? tr("Applying for a job? Add it on Applications: its interviews, thank-you note and "
                              "follow-ups will show here.")
                         : tr("No interviews in the next %1 days, and nothing to follow up.").arg(DaysAhead));
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void ComingUpCard::open(const QModelIndex &index)
{
    const qint64 id = m_model->index(index.row(), 0).data(ApplicationRole).toLongLong();
    if (id != 0)
        Q_EMIT applicationRequested(id);
}

} // namespace careerplanner
