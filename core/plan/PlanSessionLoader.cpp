#include "core/plan/PlanSessionLoader.h"

#include "core/base/OwnThread.h"
#include "core/plan/PlanSession.h"

#include <QThread>

namespace careerplanner {

PlanSessionLoader::PlanSessionLoader(Opener opener)
{
    QThread *caller = QThread::currentThread();
    auto load = [opener = std::move(opener), caller] {
        Result result;
        result.session = opener(&result.error);
        // Qt objects and SQL connections belong to one thread: the one that takes them.
        if (result.session)
            result.session->handOverTo(caller);
        return result;
    };
    m_result = startOnOwnThread(std::move(load));
}

PlanSessionLoader::~PlanSessionLoader()
{
    if (m_result.valid())
        m_result.get(); // a session never taken closes here, on the thread it was handed to
}

std::unique_ptr<PlanSession> PlanSessionLoader::take(QString *error)
{
    Result result = m_result.get();
    if (!result.session)
        *error = result.error;
    return std::move(result.session);
}

} // namespace careerplanner
