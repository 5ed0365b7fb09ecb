#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

namespace careerplanner {

// Quits the application once the widget it filters has painted for the first time: the
// start-up benchmark times the whole way from exec() to pixels, for careerplanner
// --quit-after-startup and for the minimal window it is measured against alike. Header
// only, so that the minimal window shares it without linking any of Career Planner.
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace careerplanner
