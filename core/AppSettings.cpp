#include "AppSettings.h"

#include <QFileInfo>

namespace careerplanner {

namespace {

const QLatin1String RecentPlansKey("files/recentPlans");
const QLatin1String GeometryKey("mainWindow/geometry");
const QLatin1String SplitterKey("mainWindow/splitter");

} // namespace

QStringList AppSettings::recentPlans() const
{
    return m_settings.value(RecentPlansKey).toStringList().mid(0, RecentPlansKept);
}

void AppSettings::addRecentPlan(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList plans = recentPlans();
    plans.removeAll(absolute);
    plans.prepend(absolute);
    m_settings.setValue(RecentPlansKey, plans.mid(0, RecentPlansKept));
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
    m_settings.setValue(GeometryKey, geometry);
}

QByteArray AppSettings::ladderSplitterState() const
{
    return m_settings.value(SplitterKey).toByteArray();
}

void AppSettings::setLadderSplitterState(const QByteArray &state)
{
    m_settings.setValue(SplitterKey, state);
}

} // namespace careerplanner
