#pragma once

#include <QLabel>

namespace careerplanner {

// The reason a value typed on a page (not in a dialog) is not taken, shown beside it in
// the error colour until the value is one the plan takes; hidden otherwise.
class InlineProblemLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit InlineProblemLabel(const QString &objectName, QWidget *parent = nullptr);

    // Shows problem, or hides the label when it is empty; true when there is none.
    bool report(const QString &problem);
};

} // namespace careerplanner
