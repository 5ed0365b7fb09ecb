#include "SchemaAudit.h"

#include "SchemaMigrator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

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
        objects.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return objects;
}

Reference build(int version)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("careerplanner-schema-reference-%1").arg(counter.fetchAndAddRelaxed(1));
    Reference reference;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        if (db.open() && SchemaMigrator::migrate(db, SchemaMigrator::builtInScripts().mid(0, version), &error)) {
            reference.objects = readSchema(db, &error);
            for (const SchemaAudit::Object &object : reference.objects) {
                if (object.type != QLatin1String("table"))
                    continue;
                QSqlQuery columns(db);
                columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(object.name));
                while (columns.next())
                    reference.columns[object.name].append(columns.value(0).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
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
