#include "core/settings/AppSettings.h"

#include <QFileInfo>

#include <algorithm>

namespace careerplanner {

namespace {

const QLatin1String RecentPlansKey("files/recentPlans");
const QLatin1String GeometryKey("mainWindow/geometry");
const QLatin1String SplitterKey("mainWindow/splitter");
const QLatin1String ThemeKey("appearance/theme");
const QLatin1String LocaleKey("appearance/locale");
const QLatin1String CurrencyKey("money/defaultCurrency");
const QLatin1String DefaultPlanKey("files/defaultPlan");
const QLatin1String YearsKey("charts/projectionYears");
const QLatin1String BaseBandsKey("charts/showBaseBands");
const QLatin1String TotalBandsKey("charts/showTotalBands");
const QLatin1String WelcomeKey("window/welcomeOffered");

} // namespace

QStringList AppSettings::recentPlans() const
{
    return m_settings.value(RecentPlansKey).toStringList().mid(0, RecentPlansKept);
}

void AppSettings::addRecentPlan(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStringList before = recentPlans();
    QStringList plans = before;
    plans.removeAll(absolute);
    plans.prepend(absolute);
    plans = plans.mid(0, RecentPlansKept);
    // Writing a setting rewrites (and syncs) the settings file: not at every opening of
    // the plan that is already the most recent.
    if (plans != before)
        m_settings.setValue(RecentPlansKey, plans);
}

void AppSettings::clearRecentPlans()
{
    m_settings.remove(RecentPlansKey);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    if (geometry != windowGeometry()) // nor at every close of a window that did not move
        m_settings.setValue(GeometryKey, geometry);
}

QByteArray AppSettings::ladderSplitterState() const
{
    return m_settings.value(SplitterKey).toByteArray();
}

void AppSettings::setLadderSplitterState(const QByteArray &state)
{
    if (state != ladderSplitterState())
        m_settings.setValue(SplitterKey, state);
}

AppSettings::Theme AppSettings::theme() const
{
    const QString value = m_settings.value(ThemeKey).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    m_settings.setValue(ThemeKey, theme == Theme::Light  ? QStringLiteral("light")
                                  : theme == Theme::Dark ? QStringLiteral("dark")
                                                         : QStringLiteral("system"));
}

QString AppSettings::localeName() const
{
    return m_settings.value(LocaleKey).toString();
}

void AppSettings::setLocaleName(const QString &name)
{
    m_settings.setValue(LocaleKey, name);
}

QString AppSettings::defaultCurrency() const
{
    const QString currency = m_settings.value(CurrencyKey).toString();
    // An edited settings file must not put a malformed code into new records.
    return currency.size() == 3 && currency == currency.toUpper() ? currency : QStringLiteral("USD");
}

void AppSettings::setDefaultCurrency(const QString &currency)
{
    m_settings.setValue(CurrencyKey, currency);
}

QString AppSettings::defaultPlan() const
{
    return m_settings.value(DefaultPlanKey).toString();
}

void AppSettings::setDefaultPlan(const QString &path)
{
    m_settings.setValue(DefaultPlanKey, path);
}

int AppSettings::projectionYears() const
{
    return std::clamp(m_settings.value(YearsKey, DefaultProjectionYears).toInt(), 1, 10);
}

void AppSettings::setProjectionYears(int years)
{
    m_settings.setValue(YearsKey, years);
}

bool AppSettings::welcomeOffered() const
{
    return m_settings.value(WelcomeKey, false).toBool();
}

void AppSettings::setWelcomeOffered()
{
    m_settings.setValue(WelcomeKey, true);
}

bool AppSettings::showBaseBands() const
{
    return m_settings.value(BaseBandsKey, true).toBool();
}

void AppSettings::setShowBaseBands(bool show)
{
    m_settings.setValue(BaseBandsKey, show);
}

bool AppSettings::showTotalBands() const
{
    return m_settings.value(TotalBandsKey, true).toBool();
}

void AppSettings::setShowTotalBands(bool show)
{
    m_settings.setValue(TotalBandsKey, show);
}

} // namespace careerplanner
