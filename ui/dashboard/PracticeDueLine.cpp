#include "ui/dashboard/PracticeDueLine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace careerplanner {

PracticeDueLine::PracticeDueLine(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_start(new QPushButton(tr("Prac&tise Now"), this))
{
    m_text->setObjectName(QStringLiteral("dashboardPracticeDue"));
    m_text->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("dashboardPractise"));
    m_start->setToolTip(tr("A few questions against the clock, the due ones first"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_start);
    connect(m_start, &QPushButton::clicked, this, &PracticeDueLine::practiseRequested);
}

void PracticeDueLine::showCounts(int due, bool practised)
{
    m_text->setText(!practised ? tr("Interview practice: answer questions against the clock, before a loop.")
                    : due == 0 ? tr("Interview practice: nothing due today.")
                    : due == 1 ? tr("Interview practice: <b>1 question</b> due.")
                               : tr("Interview practice: <b>%1 questions</b> due.").arg(due));
}

} // namespace careerplanner
