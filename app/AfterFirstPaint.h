#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace careerplanner {

// Runs a piece of work once a widget has painted for the first time, from the event loop
// right after that paint: what the window does not need to show itself (the plan's whole
// check) waits until it is on screen, rather than taking turns with its first paint.
class AfterFirstPaint : public QObject
{
    Q_OBJECT

public:
    // Owned by widget; gone once work has run.
    static void run(QWidget *widget, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *widget, std::function<void()> work);

    std::function<void()> m_work;
    bool m_painted = false;
};

} // namespace careerplanner
