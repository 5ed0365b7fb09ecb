#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace careerplanner {

// Brings a plan file's schema up to date with numbered, forward-only SQL scripts.
// Script N (1-based) takes the file from PRAGMA user_version N-1 to N; every pending
// script runs in one transaction, so a failure leaves the file at its old version.
class SchemaMigrator
{
public:
    static constexpr quint32 ApplicationId = 0x43504C4E; // "CPLN" at byte 68 of the file

    // The scripts compiled into the program, in order (resources :/careerplanner/schema).
    static QStringList builtInScripts();
    static int latestVersion();

    // Splits a script into statements: on ';' outside quotes and comments.
    static QStringList splitStatements(const QString &script);

    static int schemaVersion(const QSqlDatabase &db);
    static bool migrate(QSqlDatabase &db, const QStringList &scripts, QString *error);
    static bool migrate(QSqlDatabase &db, QString *error) { return migrate(db, builtInScripts(), error); }
};

} // namespace careerplanner
