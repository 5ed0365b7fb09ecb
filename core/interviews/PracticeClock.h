#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

namespace careerplanner {

// The countdown of one practice answer: a time limit (or none), pause and resume, and the
// last seconds flagged as a warning. It reads time from a source so that tests can drive it.
class PracticeClock
{
public:
    using Source = std::function<qint64()>; // milliseconds since any fixed moment
    static constexpr int WarningSeconds = 30;
    static constexpr int DefaultLimit = 120;
    static Source steadyClock();

    explicit PracticeClock(Source now = steadyClock());

    void start(int limitSeconds); // 0: no limit; starts again from nothing
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    int limit() const { return m_limit; }
    int elapsedSeconds() const;
    int remainingSeconds() const; // below zero once over the limit
    bool isWarning() const; // in the last WarningSeconds of the limit
    bool isOverTime() const;
    // "1:05" for 65 seconds; "−0:12" for twelve over.
    static QString format(int seconds);

private:
    qint64 elapsedMilliseconds() const;

    Source m_now;
    int m_limit = 0;
    qint64 m_startedAt = 0;
    qint64 m_banked = 0; // before the latest pause
    bool m_paused = false;
};

} // namespace careerplanner
