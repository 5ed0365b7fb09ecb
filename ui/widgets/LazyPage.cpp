#include "ui/widgets/LazyPage.h"

#include <QVBoxLayout>

namespace careerplanner {

LazyPage::LazyPage(Factory make, QWidget *parent)
    : QWidget(parent)
    , m_make(std::move(make))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::page()
{
    if (!m_page) {
        m_page = m_make(this);
        layout()->addWidget(m_page);
        m_page->show(); // a child made after its parent was shown stays hidden otherwise
        layout()->activate(); // laid out now, so that the first paint and clicks find it in place
    }
    return m_page;
}

void LazyPage::showEvent(QShowEvent *event)
{
    page();
    QWidget::showEvent(event);
}

} // namespace careerplanner
