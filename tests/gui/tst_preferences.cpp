// Edit ▸ Preferences driven with keys and clicks: a currency that is not three letters is
// refused in the form; the dark theme darkens the palette and error text stays readable;
// the chosen locale reformats the figures at once; new pay packages start in the chosen
// currency; chart defaults and the default plan are kept in the settings.
#include "core/settings/AppSettings.h"
#include "ui/widgets/Appearance.h"
#include "core/plan/PlanFactory.h"
#include "ui/PreferencesDialog.h"
#include "WindowTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refusesABadCurrencyInTheForm();
    void darkThemeAndLocaleApplyAtOnce();
    void newPackagesStartInTheChosenCurrency();
    void cancelChangesNothing();

private:
    // Opens Preferences with Ctrl+, and runs interact on it.
    void withPreferences(const std::function<void(PreferencesDialog *)> &interact);

    QTemporaryDir m_settingsDir;
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestPreferences::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestPreferences::init()
{
    AppSettings settings;
    for (const auto theme : { AppSettings::Theme::System })
        settings.setTheme(theme);
    settings.setLocaleName(QStringLiteral("en_US"));
    settings.setDefaultCurrency(QStringLiteral("USD"));
    settings.setProjectionYears(4);
    Appearance::apply(AppSettings::Theme::System, QStringLiteral("en_US"));
    m_dir = new QTemporaryDir;
    const QString path = m_dir->filePath(QStringLiteral("prefs.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createSample(path, &error));
    m_window = guitest::openWindow(path, &error);
    QVERIFY2(m_window, qPrintable(error));
}

void TestPreferences::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestPreferences::withPreferences(const std::function<void(PreferencesDialog *)> &interact)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(guitest::withDialog(
        this,
        [&interact](QDialog *dialog) {
            auto *preferences = qobject_cast<PreferencesDialog *>(dialog);
            QVERIFY(preferences);
            interact(preferences);
        },
        [this] { QTest::keyClick(m_window, Qt::Key_Comma, Qt::ControlModifier); }));
}

void TestPreferences::refusesABadCurrencyInTheForm()
{
    withPreferences([](PreferencesDialog *dialog) {
        auto *currency = dialog->findChild<QLineEdit *>(QStringLiteral("currencyEdit"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("preferencesError"));
        currency->selectAll();
        QTest::keyClicks(currency, QStringLiteral("eu"));
        QCOMPARE(currency->text(), QStringLiteral("eu"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(error->text().contains(QStringLiteral("three-letter")));
        QTest::keyClicks(currency, QStringLiteral("r"));
        QVERIFY(ok->isEnabled());
        // Neither kind of band: refused too.
        auto *base = dialog->findChild<QCheckBox *>(QStringLiteral("baseDefault"));
        auto *total = dialog->findChild<QCheckBox *>(QStringLiteral("totalDefault"));
        for (QCheckBox *box : { base, total }) {
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
        }
        QVERIFY(!base->isChecked() && !total->isChecked());
        QVERIFY(!ok->isEnabled());
        QVERIFY(error->text().contains(QStringLiteral("Salary-band charts")));
        QTest::keyClick(total, Qt::Key_Space);
        QVERIFY(ok->isEnabled());
        auto *years = dialog->findChild<QSpinBox *>(QStringLiteral("yearsDefault"));
        years->setFocus();
        // Too many years typed are refused with the reason, not ignored or cut to fit.
        QTest::keyClick(years, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(years, QStringLiteral("15"));
        QCOMPARE(years->value(), 15);
        QVERIFY(!ok->isEnabled());
        QVERIFY(error->text().contains(QStringLiteral("1 to 10 years")));
        QTest::keyClick(years, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(years, QStringLiteral("4"));
        QTest::keyClick(years, Qt::Key_Up);
        QTest::keyClick(years, Qt::Key_Up);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    const AppSettings settings;
    QCOMPARE(settings.defaultCurrency(), QStringLiteral("EUR"));
    QVERIFY(!settings.showBaseBands());
    QVERIFY(settings.showTotalBands());
    QCOMPARE(settings.projectionYears(), 6);
    // The pages were made again with the new defaults.
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Pay packages")));
    QCOMPARE(m_window->findChild<QSpinBox *>(QStringLiteral("projectionYears"))->value(), 6);
}

void TestPreferences::darkThemeAndLocaleApplyAtOnce()
{
    QVERIFY(!Appearance::isDark());
    withPreferences([](PreferencesDialog *dialog) {
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("themeChoice"));
        theme->setFocus();
        QTest::keyClick(theme, Qt::Key_End); // Dark
        auto *locale = dialog->findChild<QComboBox *>(QStringLiteral("localeChoice"));
        locale->setCurrentIndex(locale->findData(QStringLiteral("de_DE")));
        auto *example = dialog->findChild<QLabel *>(QStringLiteral("localeExample"));
        QVERIFY2(example->text().contains(QStringLiteral("150.000")), qPrintable(example->text()));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QCOMPARE(AppSettings().theme(), AppSettings::Theme::Dark);
    QVERIFY(Appearance::isDark());
    // Error text keeps a contrast of at least 4.5:1 on the dark window (WCAG AA).
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double error = luminance(Appearance::errorColor());
    const double window = luminance(QApplication::palette().color(QPalette::Window));
    QVERIFY((error + 0.05) / (window + 0.05) >= 4.5);
    // The dashboard shows the pay in German: "128.000".
    auto *pay = m_window->findChild<QLabel *>(QStringLiteral("dashboardPay"));
    QVERIFY2(pay->text().contains(QStringLiteral("128.000")), qPrintable(pay->text()));
    Appearance::apply(AppSettings::Theme::System, QStringLiteral("en_US"));
}

void TestPreferences::newPackagesStartInTheChosenCurrency()
{
    AppSettings().setDefaultCurrency(QStringLiteral("GBP"));
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Pay packages")));
    QVERIFY(guitest::withDialog(
        this,
        [](QDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("packageCurrency"))->text(), QStringLiteral("GBP"));
        },
        [this] {
            QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("addPackage")), Qt::LeftButton);
        }));
}

void TestPreferences::cancelChangesNothing()
{
    withPreferences([](PreferencesDialog *dialog) {
        auto *plan = dialog->findChild<QLineEdit *>(QStringLiteral("defaultPlanEdit"));
        QTest::keyClicks(plan, QStringLiteral("/somewhere/else.careerplan"));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QCOMPARE(AppSettings().defaultPlan(), QString());
    withPreferences([](PreferencesDialog *dialog) {
        auto *plan = dialog->findChild<QLineEdit *>(QStringLiteral("defaultPlanEdit"));
        QTest::keyClicks(plan, QStringLiteral("/plans/mine.careerplan"));
        QTest::keyClick(plan, Qt::Key_Return);
    });
    QCOMPARE(AppSettings().defaultPlan(), QStringLiteral("/plans/mine.careerplan"));
    AppSettings().setDefaultPlan(QString());
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
