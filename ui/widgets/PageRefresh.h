#pragma once

#include "core/plan/PlanParts.h"

#include <QObject>

#include <functional>

namespace careerplanner {

class PlanSession;

// Rebuilds a page when the open plan changes a part the page shows: once per edit, undo,
// redo or import (the session's one change notice), however many parts it changed. Made
// a child of the page, so the tests can find every page's and count its rebuilds.
class PageRefresh : public QObject
{
    Q_OBJECT

public:
    using Rebuild = std::function<void(PlanParts changed)>;

    PageRefresh(PlanSession *session, PlanParts shown, QObject *page, Rebuild rebuild);

    int rebuilds() const { return m_rebuilds; } // since the page was made

private:
    PlanParts m_shown;
    Rebuild m_rebuild;
    int m_rebuilds = 0;
};

} // namespace careerplanner
