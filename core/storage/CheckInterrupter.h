#pragma once

#include <atomic>
#include <mutex>

struct sqlite3;

namespace careerplanner {

// Stops a check of the plan file that runs on another thread and whose answer nobody waits
// for any more (the window closed). A progress handler alone is not enough: SQLite walks a
// file's pages in one step of its program, where only sqlite3_interrupt reaches it (13.6 MB
// of market reports took 15 ms to stop at the next step).
class CheckInterrupter
{
public:
    // On the checking thread, for as long as it lives: its connection may be interrupted
    // (none if interrupter is null). Made after the connection opens, gone before it closes.
    class Attached
    {
    public:
        Attached(CheckInterrupter *interrupter, sqlite3 *handle);
        ~Attached();
        Attached(const Attached &) = delete;
        Attached &operator=(const Attached &) = delete;

    private:
        CheckInterrupter *m_interrupter;
    };

    // Any thread: stop the running statement now; the checker asks interrupted() before
    // each statement it starts.
    void interrupt();
    bool interrupted() const { return m_interrupted.load(); }

private:
    void attach(sqlite3 *handle);
    void detach();

    std::mutex m_mutex; // a connection is never interrupted while it closes
    sqlite3 *m_handle = nullptr;
    std::atomic_bool m_interrupted { false };
};

} // namespace careerplanner
