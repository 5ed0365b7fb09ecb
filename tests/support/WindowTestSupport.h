#pragma once
// For tests that drive the whole main window on a plan file.

#include "GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "core/plan/PlanSession.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

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

} // namespace guitest
