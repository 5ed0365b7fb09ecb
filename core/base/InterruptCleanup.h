#pragma once

#include <QString>

namespace careerplanner {

// While it lives, Ctrl+C, SIGTERM or SIGHUP remove the temporary file it names (and the
// journal SQLite keeps beside it) before the process ends as the signal says: an
// interrupted import or creation leaves nothing behind. One at a time per process.
class InterruptCleanup
{
public:
    explicit InterruptCleanup(const QString &temporaryPath);
    ~InterruptCleanup();
    InterruptCleanup(const InterruptCleanup &) = delete;
    InterruptCleanup &operator=(const InterruptCleanup &) = delete;

private:
    bool m_installed = false;
};

} // namespace careerplanner
