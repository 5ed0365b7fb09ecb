#include "ui/market/MarketAliasPanel.h"

#include "core/plan/PlanSession.h"
#include "ui/widgets/InlineProblemLabel.h"
#include "ui/widgets/PageRefresh.h"
#include "ui/widgets/RecordTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace careerplanner {

MarketAliasPanel::MarketAliasPanel(PlanSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_aliases(new QStandardItemModel(0, 2, this))
    , m_table(new QTableView(this))
    , m_alias(new QLineEdit(this))
    , m_company(new QComboBox(this))
    , m_remove(new QPushButton(tr("Remove A&lias"), this))
    , m_problem(new InlineProblemLabel(QStringLiteral("marketAliasProblem"), this))
{
    m_aliases->setHorizontalHeaderLabels({ tr("Name in the reports"), tr("Counted as") });
    m_table->setObjectName(QStringLiteral("marketAliases"));
    m_table->setAccessibleName(tr("Company aliases"));
    m_table->setModel(m_aliases);
    RecordTable::configure(m_table, 1);
    m_alias->setObjectName(QStringLiteral("marketAliasName"));
    m_alias->setPlaceholderText(tr("AWS"));
    m_company->setObjectName(QStringLiteral("marketAliasCompany"));
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    auto *add = new QPushButton(tr("&Add Alias"), this);
    add->setObjectName(QStringLiteral("addMarketAlias"));
    m_remove->setObjectName(QStringLiteral("removeMarketAlias"));
    auto *note = new QLabel(tr("Company names are already compared without regard to case or surrounding spaces; "
                               "an alias is for a name written another way."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name in the reports:"), m_alias);
    form->addRow(tr("Counted &as:"), m_company);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(note);

    connect(add, &QPushButton::clicked, this, &MarketAliasPanel::addAlias);
    connect(m_alias, &QLineEdit::returnPressed, this, &MarketAliasPanel::addAlias);
    connect(m_remove, &QPushButton::clicked, this, &MarketAliasPanel::removeAlias);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(RecordTable::selectedRow(m_table) >= 0); });
    new PageRefresh(session, PlanPart::Market, this, [this](PlanParts) { rebuild(); });
    rebuild();
}

void MarketAliasPanel::rebuild()
{
    const MarketStore &market = m_session->marketStore();
    m_aliases->removeRows(0, m_aliases->rowCount());
    for (const CompanyAlias &alias : market.corrections().aliases)
        m_aliases->appendRow({ new QStandardItem(alias.alias), new QStandardItem(alias.company) });
    RecordTable::sizeColumns(m_table, 1);
    const QString typed = m_company->currentText();
    m_company->clear();
    for (const MarketStore::Company &company : market.companies())
        m_company->addItem(tr("%1 (%2 reports)").arg(company.name, QLocale().toString(company.reports)), company.name);
    m_company->setCurrentIndex(-1);
    m_company->setEditText(typed);
    m_remove->setEnabled(RecordTable::selectedRow(m_table) >= 0);
}

void MarketAliasPanel::addAlias()
{
    // A company picked from the list is its name, without the count shown beside it.
    const int picked = m_company->findText(m_company->currentText());
    const QString company = picked >= 0 ? m_company->itemData(picked).toString() : m_company->currentText();
    QString error;
    if (!m_problem->report(m_session->marketStore().saveAlias({ 0, m_alias->text(), company }, &error) ? QString()
                                                                                                       : error))
        return;
    m_alias->clear();
    m_company->setEditText(QString());
}

void MarketAliasPanel::removeAlias()
{
    const int row = RecordTable::selectedRow(m_table);
    QString error;
    if (row >= 0)
        m_problem->report(m_session->marketStore().removeAlias(row, &error) ? QString() : error);
}

} // namespace careerplanner
