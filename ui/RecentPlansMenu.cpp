#include "ui/RecentPlansMenu.h"

#include "core/settings/AppSettings.h"

#include <QFileInfo>

namespace careerplanner {

RecentPlansMenu::RecentPlansMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentPlansMenu::fill);
    fill();
}

void RecentPlansMenu::fill()
{
    clear();
    const QStringList plans = AppSettings().recentPlans();
    for (int i = 0; i < plans.size(); ++i) {
        const QFileInfo plan(plans.at(i));
        // The number is the mnemonic, as in most editors' recent-file lists.
        QAction *action = addAction(tr("&%1 %2 — %3").arg(i + 1).arg(plan.fileName(), plan.absolutePath()));
        action->setEnabled(plan.exists());
        if (!plan.exists())
            action->setText(tr("%1 (missing)").arg(action->text()));
        const QString path = plans.at(i);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT planChosen(path); });
    }
    if (plans.isEmpty())
        addAction(tr("No recent plans"))->setEnabled(false);
    addSeparator();
    QAction *clearAll = addAction(tr("&Clear Menu"));
    clearAll->setEnabled(!plans.isEmpty());
    connect(clearAll, &QAction::triggered, this, [] { AppSettings().clearRecentPlans(); });
}

} // namespace careerplanner
