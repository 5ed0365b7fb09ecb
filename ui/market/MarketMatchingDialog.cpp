#include "ui/market/MarketMatchingDialog.h"

#include "ui/market/MarketAliasPanel.h"
#include "ui/market/MarketTitleMatchPanel.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace careerplanner {

MarketMatchingDialog::MarketMatchingDialog(PlanSession *session, QWidget *parent)
    : QDialog(parent)
    , m_titles(new MarketTitleMatchPanel(session, this))
    , m_aliases(new MarketAliasPanel(session, this))
{
    setWindowTitle(tr("Market Report Matching"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("marketMatchingTabs"));
    tabs->addTab(m_titles, tr("&Titles and Levels"));
    tabs->addTab(m_aliases, tr("&Company Names"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 520);
}

} // namespace careerplanner
