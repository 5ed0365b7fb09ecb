#include "core/interviews/PracticeClock.h"

#include <QElapsedTimer>

#include <cstdlib>
#include <memory>

namespace careerplanner {

PracticeClock::Source PracticeClock::steadyClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

PracticeClock::PracticeClock(Source now)
    : m_now(std::move(now))
{
}

void PracticeClock::start(int limitSeconds)
{
    m_limit = qMax(0, limitSeconds);
    m_startedAt = m_now();
    m_banked = 0;
    m_paused = false;
}

void PracticeClock::pause()
{
    if (m_paused)
        return;
    m_banked = elapsedMilliseconds();
    m_paused = true;
}

void PracticeClock::resume()
{
    if (!m_paused)
        return;
    m_startedAt = m_now();
    m_paused = false;
}

qint64 PracticeClock::elapsedMilliseconds() const
{
    return m_paused ? m_banked : m_banked + (m_now() - m_startedAt);
}

int PracticeClock::elapsedSeconds() const
{
    return int(elapsedMilliseconds() / 1000);
}

int PracticeClock::remainingSeconds() const
{
    // Rounded up, so that the display says 0:01 until the last second is gone.
    const qint64 left = qint64(m_limit) * 1000 - elapsedMilliseconds();
    return left > 0 ? int((left + 999) / 1000) : int(left / 1000);
}

bool PracticeClock::isWarning() const
{
    const int left = remainingSeconds();
    return m_limit > 0 && left > 0 && left <= WarningSeconds;
}

bool PracticeClock::isOverTime() const
{
    return m_limit > 0 && elapsedMilliseconds() >= qint64(m_limit) * 1000;
}

QString PracticeClock::format(int seconds)
{
    const int whole = std::abs(seconds);
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("\u2212") : QString())
        .arg(whole / 60)
        .arg(whole % 60, 2, 10, QLatin1Char('0'));
}

} // namespace careerplanner
