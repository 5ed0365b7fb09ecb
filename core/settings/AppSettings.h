#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace careerplanner {

// The app's own preferences, typed, over QSettings: the one place that knows their keys.
class AppSettings
{
public:
    static constexpr int RecentPlansKept = 10;
    static constexpr int DefaultProjectionYears = 4; // the years of a four-year vest

    // Plans opened, most recent first, without duplicates.
    QStringList recentPlans() const;
    void addRecentPlan(const QString &path);
    void clearRecentPlans();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray ladderSplitterState() const;
    void setLadderSplitterState(const QByteArray &state);

    // Whether the welcome has been offered once: it opens by itself on first run only
    // (File ▸ Set Up My Plan opens it again).
    bool welcomeOffered() const;
    void setWelcomeOffered();

    // Preferences (the Preferences dialog).
    enum class Theme { System, Light, Dark };
    Theme theme() const;
    void setTheme(Theme theme);
    QString localeName() const; // "de_DE"; empty: the system's
    void setLocaleName(const QString &name);
    QString defaultCurrency() const; // for new pay packages and pay years; "USD"
    void setDefaultCurrency(const QString &currency);
    QString defaultPlan() const; // opened when no plan is named; empty: the standard place
    void setDefaultPlan(const QString &path);
    int projectionYears() const; // the pay page's first projection length, 1-10
    void setProjectionYears(int years);
    bool showBaseBands() const;
    void setShowBaseBands(bool show);
    bool showTotalBands() const;
    void setShowTotalBands(bool show);

private:
    QSettings m_settings;
};

} // namespace careerplanner
