#pragma once
// Runs the careerplanner binary as a user would, in a folder of the test's own: its own
// data and settings folders under it, and no fatal warnings (those are for the tests).

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace testapp {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// withoutDisplay: no platform plugin chosen and no X display, as on a server.
inline Run runApp(const QStringList &arguments, const QString &workingDir, bool withoutDisplay = false)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_FATAL_WARNINGS")); // for our tests, not for the program they run
    if (withoutDisplay) {
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    }
    env.insert(QStringLiteral("XDG_DATA_HOME"), workingDir + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), workingDir + QStringLiteral("/xdg-config"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CAREERPLANNER_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("careerplanner did not finish");
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace testapp
