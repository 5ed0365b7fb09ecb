#pragma once
// One page of the window on a fresh plan, for a GUI test function: a new folder with the
// sample plan (or the reference ladders alone), a session on it, and the page made from
// the session, shown and active. close() lets go of the page before the session, and the
// session (its lock) before the folder goes.

#include "GuiTestSupport.h"
#include "PlanFixture.h"
#include "core/plan/PlanSession.h"

#include <QSize>
#include <QTest>

#include <memory>

namespace guitest {

template<typename Page> class PageFixture
{
public:
    using Content = testfiles::PlanFixture::Content;

    ~PageFixture() { close(); }

    // False with error() if the plan was not made or read, or the page not shown.
    bool open(const QString &name, Content content = Content::Sample, QSize size = { 1200, 800 })
    {
        close();
        if (!m_files.reset(content, name))
            return fail(m_files.error());
        QString error;
        m_session = careerplanner::PlanSession::open(m_files.plan(), &error);
        if (!m_session)
            return fail(error);
        m_page = std::make_unique<Page>(m_session.get());
        m_page->resize(size);
        m_page->show();
        m_page->activateWindow();
        return QTest::qWaitForWindowActive(m_page.get()) || fail(QStringLiteral("the page did not become active"));
    }
    void close()
    {
        m_page.reset();
        m_session.reset();
    }

    Page *page() const { return m_page.get(); }
    careerplanner::PlanSession *session() const { return m_session.get(); }
    QString plan() const { return m_files.plan(); }
    QString filePath(const QString &name) const { return m_files.filePath(name); }
    QString error() const { return m_error; }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    testfiles::PlanFixture m_files;
    std::unique_ptr<careerplanner::PlanSession> m_session;
    std::unique_ptr<Page> m_page;
    QString m_error;
};

} // namespace guitest
