#include "app/AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace careerplanner {

AfterFirstPaint::AfterFirstPaint(QWidget *widget, std::function<void()> work)
    : QObject(widget)
    , m_work(std::move(work))
{
    widget->installEventFilter(this);
}

void AfterFirstPaint::run(QWidget *widget, std::function<void()> work)
{
    new AfterFirstPaint(widget, std::move(work));
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            m_work();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace careerplanner
