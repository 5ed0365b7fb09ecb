#include "core/storage/SchemaMigrator.h"

#include "core/storage/ScopedTransaction.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace careerplanner {

namespace {

QDir scriptDir()
{
    return QDir(QStringLiteral(":/careerplanner/schema"));
}

// Names start with a zero-padded number, so name order is version order.
QStringList scriptNames()
{
    return scriptDir().entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
}

} // namespace

QStringList SchemaMigrator::builtInScripts()
{
    const QDir dir = scriptDir();
    QStringList scripts;
    for (const QString &name : scriptNames()) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            scripts.append(QString::fromUtf8(file.readAll()));
    }
    return scripts;
}

int SchemaMigrator::latestVersion()
{
    // One script per version: counted, not read (every plan opened asks).
    static const int version = static_cast<int>(scriptNames().size());
    return version;
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inQuote = false;
    for (int i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!inQuote && c == QLatin1Char('-') && i + 1 < script.size() && script.at(i + 1) == QLatin1Char('-')) {
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('\''))
            inQuote = !inQuote;
        if (!inQuote && c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

int SchemaMigrator::schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool SchemaMigrator::migrate(QSqlDatabase &db, const QStringList &scripts, QString *error)
{
    const int from = schemaVersion(db);
    if (from < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    if (from > scripts.size()) {
        *error = QStringLiteral("schema version %1 is newer than this program (%2)").arg(from).arg(scripts.size());
        return false;
    }
    if (from == scripts.size())
        return true;

    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    for (int version = from + 1; version <= scripts.size(); ++version) {
        const QStringList statements = splitStatements(scripts.at(version - 1));
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                *error = QStringLiteral("migration %1 failed: %2").arg(version).arg(query.lastError().text());
                return false;
            }
        }
        QSqlQuery setVersion(db);
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            *error = setVersion.lastError().text();
            return false;
        }
    }
    QSqlQuery setId(db);
    if (!setId.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))) {
        *error = setId.lastError().text();
        return false;
    }
    setId.finish();
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    return true;
}

} // namespace careerplanner
