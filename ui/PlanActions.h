#pragma once

#include "ui/SessionPages.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace careerplanner {

// The window's Plan menu: each page's main action with its shortcut (lay out the path,
// record a promotion, add a pay package, record a year of pay, add a goal, add a story),
// run on the pages of the plan open at the time.
class PlanActions final : public QObject
{
    Q_OBJECT

public:
    PlanActions(QWidget *window, std::function<SessionPages *()> pages);

    QList<QAction *> actions() const { return m_actions; }

private:
    QList<QAction *> m_actions;
};

} // namespace careerplanner
