#pragma once
// For GUI tests, which cannot run with QT_FATAL_WARNINGS: the offscreen platform warns
// "This plugin does not support propagateSizeHints()" for every window it shows. Every
// other warning is collected, and a test's cleanup() fails on any it finds.

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace guitest {

inline QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline QStringList &unexpectedWarnings()
{
    static QStringList warnings;
    return warnings;
}

inline void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    if (type != QtDebugMsg && type != QtInfoMsg)
        unexpectedWarnings().append(message);
    previousHandler()(type, context, message);
}

// Call from initTestCase(), after Qt Test has installed its own handler.
inline void installWarningCollector()
{
    previousHandler() = qInstallMessageHandler(collectWarnings);
}

// The warnings since the last call, joined; empty when there were none.
inline QString takeUnexpectedWarnings()
{
    const QStringList warnings = std::exchange(unexpectedWarnings(), {});
    return warnings.join(QLatin1Char('\n'));
}

} // namespace guitest
