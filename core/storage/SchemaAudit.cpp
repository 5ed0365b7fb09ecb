#include "core/storage/SchemaAudit.h"

#include "core/storage/SchemaMigrator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchemaAudit", text);
}

struct Reference
{
    QList<SchemaAudit::Object> objects;
    QHash<QString, QStringList> columns; // per table
};

QList<SchemaAudit::Object> readSchema(const QSqlDatabase &db, QString *error)
{
    QList<SchemaAudit::Object> objects;
    QSqlQuery query(db);
    // rowid order is the order the objects were made in.
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY rowid"))) {
        *error = query.lastError().text();
        return objects;
    }
    while (query.next())
        objects.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString() });
    return objects;
}

// Made with SQLite's own API on an in-memory database: every plan opened asks, on the
// thread of its whole-file check, and Qt's connection machinery cost more than the scripts.
Reference build(int version)
{
    Reference reference;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return reference;
    }
    const QStringList scripts = SchemaMigrator::builtInScripts().mid(0, version);
    bool ok = false;
    // Statement by statement, as the migrator runs them (SQLite keeps each one's text), in
    // one transaction.
    ok = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (const QString &script : scripts) {
        for (const QString &sql : SchemaMigrator::splitStatements(script))
            ok = ok && sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_stmt *statement = nullptr;
    if (ok
        && sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_schema ORDER BY rowid", -1, &statement, nullptr)
               == SQLITE_OK) {
        const auto text = [statement](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
        };
        while (sqlite3_step(statement) == SQLITE_ROW)
            reference.objects.append({ text(0), text(1), text(2) });
        // The columns, for cleaned copies only: asked of the same database while it is here.
        for (const SchemaAudit::Object &object : std::as_const(reference.objects)) {
            if (object.type != QLatin1String("table"))
                continue;
            sqlite3_stmt *columns = nullptr;
            const QByteArray query = "SELECT name FROM pragma_table_info(?)";
            const QByteArray table = object.name.toUtf8();
            if (sqlite3_prepare_v2(db, query.constData(), -1, &columns, nullptr) == SQLITE_OK
                && sqlite3_bind_text(columns, 1, table.constData(), -1, SQLITE_TRANSIENT) == SQLITE_OK) {
                while (sqlite3_step(columns) == SQLITE_ROW)
                    reference.columns[object.name].append(
                        QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(columns, 0))));
            }
            sqlite3_finalize(columns);
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return reference;
}

const Reference &referenceFor(int version)
{
    static QMutex mutex;
    static QHash<int, Reference> references;
    const QMutexLocker locker(&mutex);
    auto found = references.find(version);
    if (found == references.end())
        found = references.insert(version, build(version));
    return *found; // entries are never removed, so the reference outlives the lock
}

QString describe(const SchemaAudit::Object &object)
{
    return QStringLiteral("%1 “%2”").arg(object.type, object.name);
}

} // namespace

QList<SchemaAudit::Object> SchemaAudit::expected(int version)
{
    return referenceFor(version).objects;
}

QStringList SchemaAudit::expectedColumns(const QString &table, int version)
{
    return referenceFor(version).columns.value(table);
}

QByteArray SchemaAudit::digest(QList<Object> objects)
{
    std::sort(objects.begin(), objects.end(),
              [](const Object &a, const Object &b) { return a.type != b.type ? a.type < b.type : a.name < b.name; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Object &object : std::as_const(objects)) {
        // Separators that no name or statement of ours holds.
        hash.addData((object.type + QChar(0x1f) + object.name + QChar(0x1f) + object.sql + QChar(0x1e)).toUtf8());
    }
    return hash.result().toHex();
}

QByteArray SchemaAudit::knownDigest(int version)
{
    // A new migration adds its line: tst_migrations prints the digest it must have.
    static const QHash<int, QByteArray> digests = {
        { 1, "e0b0b9b9a6e2ed38e4b321af10d5953258132d401d211b44cc6b393fa5b03873" },
        { 2, "3ac4c387d5f8cc9c746ee96869c43c678e4089703140178493d561f00c207236" },
        { 3, "fce4bb455d58507a01c796d90055790cee2be19f11aea8a87a533f3ed403f955" },
        { 4, "b59da26e0dfb0142ae7aab677e6c19e7b8d76f0f04d2ea36e0ee1610b9d4ef8a" },
        { 5, "88a9bf2b5e719f7e13aef2515c0ec89d8807a8f4666e612b6b112f815e31ee7e" },
        { 6, "99e411936ed5e6534a3771aab2f04ac670f04eab85c73b2324880fd4e04a6446" },
        { 7, "94ded18f89fb55365d2ebc2055f0ec6db50f1f6fa6347384fd4676313653cf36" },
        { 8, "8faa5ec1d44614b676397ff31c51fc626364d0f55f86def99e9ea71360f341da" },
        { 9, "fc53ee588b1772ae0ecab457f6eab75860f4338c5b66542821d0bc9e1551dfc8" },
        { 10, "5f3b81d4a323592fe2f8b5c74e6b6085a40d569b409a3c29350c68628df757a9" },
        { 11, "718f07bec6990cc3df02f8976176d0082cb97eeb065eb8955b91914eaa88bc8d" },
    };
    return digests.value(version);
}

QString SchemaAudit::Findings::firstProblem() const
{
    if (!error.isEmpty())
        return error;
    if (!missing.isEmpty())
        return tr("the %1 is missing.").arg(missing.constFirst());
    if (!unexpected.isEmpty())
        return tr("it holds a %1 that Career Planner never makes.").arg(unexpected.constFirst());
    return {};
}

SchemaAudit::Findings SchemaAudit::audit(const QSqlDatabase &db, int version)
{
    Findings findings;
    const QList<Object> found = readSchema(db, &findings.error);
    if (!findings.error.isEmpty())
        return findings;
    // The schema of a sound plan, recognised at once; only another is compared object by object.
    const QByteArray known = knownDigest(version);
    if (!known.isEmpty() && digest(found) == known)
        return findings;
    QHash<QString, const Object *> wanted;
    const QList<Object> &reference = referenceFor(version).objects;
    for (const Object &object : reference)
        wanted.insert(object.type + QLatin1Char('/') + object.name, &object);
    QSet<QString> present;
    for (const Object &object : found) {
        const QString key = object.type + QLatin1Char('/') + object.name;
        const Object *expectedObject = wanted.value(key);
        // The same statement the migrations ran: SQLite keeps each one's text as written.
        if (!expectedObject || expectedObject->sql != object.sql)
            findings.unexpected.append(expectedObject ? tr("changed %1").arg(describe(object)) : describe(object));
        present.insert(key);
    }
    for (const Object &object : reference) {
        if (!present.contains(object.type + QLatin1Char('/') + object.name))
            findings.missing.append(describe(object));
    }
    return findings;
}

} // namespace careerplanner
