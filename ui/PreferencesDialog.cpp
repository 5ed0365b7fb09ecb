#include "ui/PreferencesDialog.h"
#include "core/base/DateText.h"

#include "core/settings/AppSettings.h"
#include "ui/widgets/Appearance.h"
#include "core/base/Money.h"
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanFactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace careerplanner {

namespace {

// Locales people most often plan careers in; the saved one is added if it is not here.
const char *const Locales[] = { "en_US", "en_GB", "en_CA", "en_AU", "en_IN", "de_DE", "fr_FR",
                                "es_ES", "nl_NL", "it_IT", "pt_BR", "pl_PL", "ja_JP" };

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_locale(new QComboBox(this))
    , m_localeExample(new QLabel(this))
    , m_currency(new QLineEdit(this))
    , m_defaultPlan(new QLineEdit(this))
    , m_years(new TypedRangeSpinBox(1, 10, this)) // 15 typed is refused with the reason
    , m_base(new QCheckBox(tr("&Base salary bands"), this))
    , m_total(new QCheckBox(tr("&Total compensation bands"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    const AppSettings settings;
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->addItem(tr("Follow the system"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));

    m_locale->setObjectName(QStringLiteral("localeChoice"));
    // The system's locale as figures will show it (a bare "C" locale reads as US English).
    const QLocale system = Money::displayLocale(QLocale::system());
    m_locale->addItem(tr("The system's (%1, %2)").arg(system.nativeLanguageName(), system.nativeTerritoryName()),
                      QString());
    QStringList names;
    for (const char *name : Locales)
        names.append(QLatin1String(name));
    if (!settings.localeName().isEmpty() && !names.contains(settings.localeName()))
        names.append(settings.localeName());
    for (const QString &name : std::as_const(names)) {
        const QLocale locale(name);
        m_locale->addItem(tr("%1 (%2)").arg(locale.nativeLanguageName(), locale.nativeTerritoryName()), name);
    }
    m_locale->setCurrentIndex(std::max(0, m_locale->findData(settings.localeName())));
    m_localeExample->setObjectName(QStringLiteral("localeExample"));

    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setText(settings.defaultCurrency());
    m_currency->setMaxLength(3);
    m_currency->setToolTip(tr("The three-letter ISO code new pay packages and pay years start in, such as USD or EUR"));
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), this));

    m_defaultPlan->setObjectName(QStringLiteral("defaultPlanEdit"));
    m_defaultPlan->setText(settings.defaultPlan());
    m_defaultPlan->setPlaceholderText(PlanFactory::defaultPlanPath());
    m_defaultPlan->setClearButtonEnabled(true);
    m_defaultPlan->setToolTip(tr("Opened when Career Planner starts without a plan named; empty: the standard place"));
    auto *choosePlan = new QPushButton(tr("C&hoose…"), this);
    choosePlan->setAutoDefault(false);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_defaultPlan, 1);
    planRow->addWidget(choosePlan);

    m_years->setObjectName(QStringLiteral("yearsDefault"));
    m_years->setValue(settings.projectionYears());
    m_years->setSuffix(tr(" years"));
    m_base->setObjectName(QStringLiteral("baseDefault"));
    m_base->setChecked(settings.showBaseBands());
    m_total->setObjectName(QStringLiteral("totalDefault"));
    m_total->setChecked(settings.showTotalBands());
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setStyleSheet(Appearance::errorStyleSheet());
    m_error->setWordWrap(true);

    auto *looks = new QFormLayout;
    looks->addRow(tr("T&heme:"), m_theme);
    looks->addRow(tr("&Figures and dates:"), m_locale);
    looks->addRow(QString(), m_localeExample);
    looks->addRow(tr("&Currency of new pay entries:"), m_currency);
    looks->addRow(tr("&Default plan:"), planRow);
    qobject_cast<QLabel *>(looks->labelForField(planRow))->setBuddy(m_defaultPlan);
    auto *charts = new QGroupBox(tr("Charts start with"), this);
    auto *chartForm = new QFormLayout(charts);
    chartForm->addRow(tr("&Pay projection over:"), m_years);
    chartForm->addRow(tr("Salary bands:"), m_base);
    chartForm->addRow(QString(), m_total);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(looks);
    layout->addWidget(charts);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_locale, &QComboBox::currentIndexChanged, this, &PreferencesDialog::validate);
    connect(m_currency, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_base, &QCheckBox::toggled, this, &PreferencesDialog::validate);
    connect(m_total, &QCheckBox::toggled, this, &PreferencesDialog::validate);
    connect(choosePlan, &QPushButton::clicked, this, &PreferencesDialog::chooseDefaultPlan);
    connect(m_years, &QSpinBox::valueChanged, this, &PreferencesDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    validate();
}

void PreferencesDialog::validate()
{
    const QString name = m_locale->currentData().toString();
    // As the pages will write them: money in the display locale, dates in the locale itself.
    const QLocale chosen = name.isEmpty() ? QLocale::system() : QLocale(name);
    m_localeExample->setText(tr("For example %1 and %2")
                                 .arg(Money::format(15'000'000, QStringLiteral("USD"), Money::displayLocale(chosen)),
                                      DateText::longDate(QDate(2027, 3, 1), chosen)));
    QString problem;
    if (m_currency->text().size() != 3)
        problem = tr("The currency is a three-letter code, such as USD or EUR.");
    else if (!m_years->inRange())
        problem = tr("Project pay over 1 to 10 years.");
    else if (!m_base->isChecked() && !m_total->isChecked())
        problem = tr("Salary-band charts need base or total compensation bands, or both.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void PreferencesDialog::chooseDefaultPlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Default Plan"), m_defaultPlan->text(),
                                                      tr("Career plans (*.%1)").arg(PlanDatabase::fileExtension()));
    if (!path.isEmpty())
        m_defaultPlan->setText(path);
}

void PreferencesDialog::accept()
{
    AppSettings settings;
    const auto theme = AppSettings::Theme(m_theme->currentData().toInt());
    settings.setTheme(theme);
    settings.setLocaleName(m_locale->currentData().toString());
    settings.setDefaultCurrency(m_currency->text().toUpper());
    settings.setDefaultPlan(m_defaultPlan->text().trimmed());
    settings.setProjectionYears(m_years->value());
    settings.setShowBaseBands(m_base->isChecked());
    settings.setShowTotalBands(m_total->isChecked());
    Appearance::apply(theme, m_locale->currentData().toString());
    QDialog::accept();
}

} // namespace careerplanner
