#include "core/base/InterruptCleanup.h"

#include <QFile>

#include <atomic>
#include <csignal>
#include <cstring>

#include <unistd.h>

namespace careerplanner {

namespace {

// Written before the handlers are installed and read only by them: plain bytes, since a
// signal handler may call nothing but async-signal-safe functions.
constexpr int PathCapacity = 4096;
char g_path[PathCapacity];
char g_journal[PathCapacity];
std::atomic<bool> g_busy { false };
constexpr int Signals[] = { SIGINT, SIGTERM, SIGHUP };
struct sigaction g_previous[3];

extern "C" void removeAndEnd(int signal)
{
    ::unlink(g_path);
    ::unlink(g_journal);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

} // namespace

InterruptCleanup::InterruptCleanup(const QString &temporaryPath)
{
    const QByteArray path = QFile::encodeName(temporaryPath);
    const QByteArray journal = QFile::encodeName(temporaryPath + QStringLiteral("-journal"));
    if (journal.size() >= PathCapacity || g_busy.exchange(true))
        return;
    std::memcpy(g_path, path.constData(), static_cast<size_t>(path.size()) + 1);
    std::memcpy(g_journal, journal.constData(), static_cast<size_t>(journal.size()) + 1);
    struct sigaction action = {};
    action.sa_handler = removeAndEnd;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 3; ++i)
        ::sigaction(Signals[i], &action, &g_previous[i]);
    m_installed = true;
}

InterruptCleanup::~InterruptCleanup()
{
    if (!m_installed)
        return;
    for (int i = 0; i < 3; ++i)
        ::sigaction(Signals[i], &g_previous[i], nullptr);
    g_busy = false;
}

} // namespace careerplanner
