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

    // Plans opened, most recent first, without duplicates.
    QStringList recentPlans() const;
    void addRecentPlan(const QString &path);
    void clearRecentPlans();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray ladderSplitterState() const;
    void setLadderSplitterState(const QByteArray &state);

private:
    QSettings m_settings;
};

} // namespace careerplanner
