#pragma once

#include "core/conversations/ConversationRhythm.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace careerplanner {

// The dashboard's line about the next career conversation with the manager: when it is due,
// in bold when it is within a week or past, and a button to the conversations.
class ConversationDueLine final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationDueLine(QWidget *parent = nullptr);

    void showNext(const ConversationRhythm::Next &next);

Q_SIGNALS:
    void conversationsRequested();

private:
    QLabel *m_text;
    QPushButton *m_open;
};

} // namespace careerplanner
