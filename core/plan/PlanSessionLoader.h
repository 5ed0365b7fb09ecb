#pragma once

#include <QString>

#include <functional>
#include <future>
#include <memory>

class QThread;

namespace careerplanner {

class PlanSession;

// Opens and reads a plan on a thread of its own while the caller builds what does not
// need the plan (a window's menus, tabs and styles), so that start-up takes the longer of
// the two rather than their sum. take() waits for it and hands the session, connection
// and all, to the calling thread; nothing else may use the session before then.
class PlanSessionLoader
{
public:
    using Opener = std::function<std::unique_ptr<PlanSession>(QString *error)>;

    // Starts opener at once on another thread; without a thread to be had, take() runs it.
    explicit PlanSessionLoader(Opener opener);
    ~PlanSessionLoader(); // waits for a load not taken, and closes what it opened
    PlanSessionLoader(const PlanSessionLoader &) = delete;
    PlanSessionLoader &operator=(const PlanSessionLoader &) = delete;

    // The session on the thread that made the loader, or nullptr and the reason.
    std::unique_ptr<PlanSession> take(QString *error);

private:
    struct Result
    {
        std::unique_ptr<PlanSession> session;
        QString error;
    };

    std::future<Result> m_result;
};

} // namespace careerplanner
