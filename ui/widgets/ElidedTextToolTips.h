#pragma once

#include <QObject>

namespace careerplanner {

// Shows the whole text of a list or table cell that is too long for its column, as a tool
// tip, in every item view of the application: long names elide on a small screen and stay
// readable. A cell whose model gives its own tool tip keeps that one.
class ElidedTextToolTips final : public QObject
{
    Q_OBJECT

public:
    // Watches the whole application from now on; once, however often it is called.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace careerplanner
