#include "ui/widgets/PageRefresh.h"

#include "core/plan/PlanSession.h"

namespace careerplanner {

PageRefresh::PageRefresh(PlanSession *session, PlanParts shown, QObject *page, Rebuild rebuild)
    : QObject(page)
    , m_shown(shown)
    , m_rebuild(std::move(rebuild))
{
    connect(session, &PlanSession::planChanged, this, [this](PlanParts changed) {
        if (!(changed & m_shown))
            return;
        ++m_rebuilds;
        m_rebuild(changed & m_shown);
    });
}

} // namespace careerplanner
