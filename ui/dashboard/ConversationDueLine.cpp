#include "ui/dashboard/ConversationDueLine.h"

#include "core/base/DateText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace careerplanner {

ConversationDueLine::ConversationDueLine(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Con&versations"), this))
{
    m_text->setObjectName(QStringLiteral("dashboardConversationDue"));
    m_text->setWordWrap(true);
    // Plain text, bold by its font: a rich-text label is laid out as a whole document at
    // every pass of the page's layout, which cost the first paint about 2 ms.
    m_text->setTextFormat(Qt::PlainText);
    m_open->setObjectName(QStringLiteral("dashboardConversations"));
    m_open->setToolTip(tr("Your career conversations and what they agreed"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    connect(m_open, &QPushButton::clicked, this, &ConversationDueLine::conversationsRequested);
}

void ConversationDueLine::showNext(const ConversationRhythm::Next &next)
{
    QFont font = m_text->font();
    font.setBold(next.remind);
    m_text->setFont(font);
    if (next.remind) {
        m_text->setText(next.text);
        return;
    }
    m_text->setText(
        next.booked == next.due
            ? tr("Next career conversation with %1: %2.").arg(next.with, DateText::longDate(next.due))
            : tr("Next career conversation with %1: due by %2.").arg(next.with, DateText::longDate(next.due)));
}

} // namespace careerplanner
