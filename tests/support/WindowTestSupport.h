#pragma once
// For tests that drive the whole main window on a plan file.

#include "GuiTestSupport.h"
#include "PlanFixture.h"
#include "ui/MainWindow.h"
#include "core/plan/PlanSession.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace guitest {

// Once per test program: settings in a folder of the test's own (recent files, window
// geometry), standard paths in test mode, US English figures, warnings collected.
inline void setUpWindowTests(const QTemporaryDir &settings)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installWarningCollector();
}

// The main window on the plan at path, shown and active; null with *error if the plan
// does not open. The caller owns the window.
inline careerplanner::MainWindow *openWindow(const QString &path, QString *error)
{
    auto session = careerplanner::PlanSession::open(path, error);
    if (!session)
        return nullptr;
    auto *window = new careerplanner::MainWindow(std::move(session));
    window->resize(1200, 800);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qWarning("the main window did not become active");
    return window;
}

// The main window on a fresh plan, for a test function: a new folder with the sample plan
// (or the reference ladders alone) and the window on it, shown and active. close() lets
// go of the window, and so of its plan, before the folder goes.
class WindowFixture
{
public:
    using Content = testfiles::PlanFixture::Content;

    ~WindowFixture() { close(); }

    // False with error() if the plan was not made or the window not opened on it.
    bool open(const QString &name, Content content = Content::Sample)
    {
        close();
        m_error.clear();
        if (!m_files.reset(content, name)) {
            m_error = m_files.error();
            return false;
        }
        m_window.reset(openWindow(m_files.plan(), &m_error));
        return m_window != nullptr;
    }
    void close() { m_window.reset(); }

    careerplanner::MainWindow *window() const { return m_window.get(); }
    QString plan() const { return m_files.plan(); }
    QString filePath(const QString &name) const { return m_files.filePath(name); }
    QString error() const { return m_error; }

private:
    testfiles::PlanFixture m_files;
    std::unique_ptr<careerplanner::MainWindow> m_window;
    QString m_error;
};

} // namespace guitest
