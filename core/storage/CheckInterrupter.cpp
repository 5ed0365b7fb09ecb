#include "core/storage/CheckInterrupter.h"

#include <sqlite3.h>

namespace careerplanner {

CheckInterrupter::Attached::Attached(CheckInterrupter *interrupter, sqlite3 *handle)
    : m_interrupter(interrupter)
{
    if (m_interrupter && handle)
        m_interrupter->attach(handle);
}

CheckInterrupter::Attached::~Attached()
{
    if (m_interrupter)
        m_interrupter->detach();
}

void CheckInterrupter::attach(sqlite3 *handle)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_handle = handle;
    // Also at the next step of a statement that began just after interrupt() (which reaches
    // running statements only); a stop asked for earlier is for the checker to see.
    sqlite3_progress_handler(
        handle, 10000, [](void *flag) { return int(static_cast<std::atomic_bool *>(flag)->load()); }, &m_interrupted);
}

void CheckInterrupter::detach()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    m_handle = nullptr;
}

void CheckInterrupter::interrupt()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_interrupted.store(true);
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

} // namespace careerplanner
