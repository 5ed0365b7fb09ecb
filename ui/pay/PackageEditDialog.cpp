#include "ui/pay/PackageEditDialog.h"

#include "ui/widgets/VestingPresets.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/TypedRangeBox.h"
#include "ui/widgets/MoneyField.h"
#include "core/pay/PayValidator.h"
#include "ui/pay/VestingTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>

#include <cmath>

namespace careerplanner {

namespace {

QDoubleSpinBox *percentBox(QWidget *parent, double minimum, double maximum, int basisPoints, const QString &name)
{
    auto *box = new TypedRangeDoubleSpinBox(minimum, maximum, parent); // out of range: refused with the reason
    box->setDecimals(2);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(basisPoints / 100.0);
    box->setAccessibleName(name);
    return box;
}

int basisPoints(const QDoubleSpinBox *box)
{
    return static_cast<int>(std::lround(box->value() * 100));
}

} // namespace

PackageEditDialog::PackageEditDialog(const PayPackage &package, QWidget *parent)
    : CheckedDialog(parent)
    , m_original(package)
    , m_result(package)
{
    setWindowTitle(package.name.isEmpty() ? tr("New Pay Package") : tr("Edit Pay Package — %1").arg(package.name));
    const QString &currency = package.currency;

    m_name = new QLineEdit(package.name, this);
    m_name->setObjectName(QStringLiteral("packageName"));
    m_name->setPlaceholderText(tr("e.g. Amazon offer, or Current job"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Offer"), int(PayPackage::Kind::Offer));
    m_kind->addItem(tr("Current job"), int(PayPackage::Kind::CurrentJob));
    m_kind->setCurrentIndex(package.kind == PayPackage::Kind::Offer ? 0 : 1);
    m_currency = new QLineEdit(currency, this);
    m_currency->setObjectName(QStringLiteral("packageCurrency"));
    m_currency->setMaximumWidth(80);
    m_currency->setInputMask(QStringLiteral(">AAA"));

    m_base = new MoneyField(tr("Base salary"), this);
    m_base->setObjectName(QStringLiteral("baseSalary"));
    m_base->setValue(package.baseSalary, currency);
    m_raise
        = percentBox(this, PayValidator::MinimumRaiseBasisPoints / 100.0, PayValidator::MaximumRaiseBasisPoints / 100.0,
                     package.annualRaiseBasisPoints, tr("Yearly raise"));
    m_raise->setObjectName(QStringLiteral("yearlyRaise"));
    m_signOn1 = new MoneyField(tr("Sign-on bonus, year 1"), this);
    m_signOn1->setValue(package.signOnYear1, currency);
    m_signOn2 = new MoneyField(tr("Sign-on bonus, year 2"), this);
    m_signOn2->setValue(package.signOnYear2, currency);

    m_byValue = new QRadioButton(tr("Value at grant:"), this);
    m_byShares = new QRadioButton(tr("Shares × price:"), this);
    m_grant = new MoneyField(tr("Stock grant value"), this);
    m_grant->setValue(package.stockGrantValue, currency);
    m_shares = new QSpinBox(this);
    m_shares->setRange(0, 10'000'000);
    m_shares->setValue(static_cast<int>(package.stockShares.value_or(0)));
    m_shares->setAccessibleName(tr("Number of shares"));
    m_price = new MoneyField(tr("Share price"), this);
    m_price->setValue(package.stockPricePerShare, currency);
    (package.stockShares && package.stockPricePerShare ? m_byShares : m_byValue)->setChecked(true);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("vestingPreset"));
    m_preset->addItems(VestingPresets::names()); // "Custom" keeps whatever the table holds
    m_vesting = new VestingTableModel(this);
    m_vesting->setSchedule(package.vesting);
    m_preset->setCurrentIndex(VestingPresets::indexOf(package.vesting));
    m_vestingView = new QTableView(this);
    m_vestingView->setObjectName(QStringLiteral("vestingTable"));
    m_vestingView->setModel(m_vesting);
    m_vestingView->verticalHeader()->hide();
    m_vestingView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_vestingView->setMaximumHeight(150);
    m_vestingView->setAccessibleName(tr("Vesting schedule"));
    m_vestingStatus = new QLabel(this);
    m_vestingStatus->setObjectName(QStringLiteral("vestingStatus"));
    m_vestingStatus->setWordWrap(true);
    auto *addTranche = new QPushButton(tr("Add Tranche"), this);
    auto *removeTranche = new QPushButton(tr("Remove Tranche"), this);

    m_refresher = new MoneyField(tr("Refresher grant per year"), this);
    m_refresher->setValue(package.annualRefresherValue, currency);
    m_growth = percentBox(this, PayValidator::MinimumGrowthBasisPoints / 100.0,
                          PayValidator::MaximumGrowthBasisPoints / 100.0, package.stockGrowthBasisPoints,
                          tr("Stock growth per year"));
    m_growth->setObjectName(QStringLiteral("stockGrowth"));
    m_bonus = new MoneyField(tr("Yearly bonus"), this);
    m_bonus->setValue(package.yearlyBonus, currency);

    messageLabel()->setObjectName(QStringLiteral("packageError"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Base salary, year 1:"), m_base);
    form->addRow(tr("Yearly &raise:"), m_raise);
    form->addRow(tr("Sign-on, year &1:"), m_signOn1);
    form->addRow(tr("Sign-on, year &2:"), m_signOn2);
    auto *stockRow = new QHBoxLayout;
    stockRow->addWidget(m_byValue);
    stockRow->addWidget(m_grant, 2);
    stockRow->addWidget(m_byShares);
    stockRow->addWidget(m_shares);
    stockRow->addWidget(new QLabel(QStringLiteral("×"), this));
    stockRow->addWidget(m_price, 1);
    auto *stockLabel = new QLabel(tr("&Stock grant:"), this);
    stockLabel->setBuddy(m_byValue);
    form->addRow(stockLabel, stockRow);
    form->addRow(tr("&Vesting:"), m_preset);
    auto *trancheButtons = new QHBoxLayout;
    trancheButtons->addWidget(addTranche);
    trancheButtons->addWidget(removeTranche);
    trancheButtons->addStretch();
    form->addRow(QString(), m_vestingView);
    form->addRow(QString(), trancheButtons);
    form->addRow(QString(), m_vestingStatus);
    form->addRow(tr("Re&fresher per year:"), m_refresher);
    form->addRow(tr("Stock &growth per year:"), m_growth);
    form->addRow(tr("Yearly b&onus:"), m_bonus);
    form->addRow(messageLabel());
    form->addRow(buttons());

    connect(m_preset, &QComboBox::activated, this, &PackageEditDialog::applyPreset);
    connect(addTranche, &QPushButton::clicked, m_vesting, &VestingTableModel::addTranche);
    connect(removeTranche, &QPushButton::clicked, this,
            [this] { m_vesting->removeTranche(m_vestingView->currentIndex().row()); });
    connect(m_vesting, &VestingTableModel::scheduleChanged, this, &PackageEditDialog::validate);
    connect(m_vesting, &VestingTableModel::dataChanged, this,
            [this] { m_preset->setCurrentIndex(VestingPresets::names().size() - 1); });
    for (MoneyField *field : { m_base, m_signOn1, m_signOn2, m_grant, m_price, m_refresher, m_bonus })
        connect(field, &MoneyField::changed, this, &PackageEditDialog::validate);
    for (QDoubleSpinBox *box : { m_raise, m_growth })
        connect(box, &QDoubleSpinBox::valueChanged, this, &PackageEditDialog::validate);
    connect(m_shares, &QSpinBox::valueChanged, this, &PackageEditDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &PackageEditDialog::validate);
    connect(m_currency, &QLineEdit::textChanged, this, &PackageEditDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PackageEditDialog::validate);
    connect(m_byValue, &QRadioButton::toggled, this, &PackageEditDialog::validate);
    validate();
}

void PackageEditDialog::applyPreset(int index)
{
    if (const auto schedule = VestingPresets::schedule(index))
        m_vesting->setSchedule(*schedule);
    m_preset->setCurrentIndex(index);
}

void PackageEditDialog::validate()
{
    const bool byShares = m_byShares->isChecked();
    m_grant->setEnabled(!byShares);
    m_shares->setEnabled(byShares);
    m_price->setEnabled(byShares);

    PayPackage package = m_original;
    package.name = m_name->text().trimmed();
    package.kind = static_cast<PayPackage::Kind>(m_kind->currentData().toInt());
    package.currency = m_currency->text().trimmed().toUpper();
    const QString &currency = package.currency;
    const auto base = m_base->value(currency, true);
    const auto signOn1 = m_signOn1->value(currency);
    const auto signOn2 = m_signOn2->value(currency);
    const auto grant = byShares ? std::optional<qint64>(0) : m_grant->value(currency);
    const auto price = byShares ? m_price->value(currency, true) : std::optional<qint64>(0);
    const auto refresher = m_refresher->value(currency);
    const auto bonus = m_bonus->value(currency);
    bool typed = base && signOn1 && signOn2 && grant && price && refresher && bonus;
    if (typed) {
        package.baseSalary = *base;
        package.signOnYear1 = *signOn1;
        package.signOnYear2 = *signOn2;
        package.stockGrantValue = byShares ? 0 : *grant;
        package.stockShares = byShares ? std::optional<qint64>(m_shares->value()) : std::nullopt;
        package.stockPricePerShare = byShares ? price : std::nullopt;
        package.annualRefresherValue = *refresher;
        package.yearlyBonus = *bonus;
    }
    package.annualRaiseBasisPoints = basisPoints(m_raise);
    package.stockGrowthBasisPoints = basisPoints(m_growth);
    package.vesting = m_vesting->schedule();

    const QString scheduleProblem = package.vesting.validate();
    m_vestingStatus->setStyleSheet(scheduleProblem.isEmpty() ? QString() : Appearance::errorStyleSheet());
    m_vestingStatus->setText(
        scheduleProblem.isEmpty()
            ? tr("Adds up to 100%; the last tranche vests in month %1.").arg(package.vesting.lastMonth())
            : scheduleProblem);
    const QString problem = typed ? PayValidator::validatePackage(package) : QString();
    showCheck(problem == scheduleProblem ? QString() : problem);
    const bool valid = typed && problem.isEmpty();
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(valid); // other reasons are shown by their fields
    if (valid)
        m_result = package;
}

} // namespace careerplanner
