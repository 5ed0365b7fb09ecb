#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace careerplanner {

// The dashboard's line about interview practice: how many questions are due again, and a
// button that starts a session.
class PracticeDueLine final : public QWidget
{
    Q_OBJECT

public:
    explicit PracticeDueLine(QWidget *parent = nullptr);

    void showCounts(int due, bool practised);

Q_SIGNALS:
    void practiseRequested();

private:
    QLabel *m_text;
    QPushButton *m_start;
};

} // namespace careerplanner
