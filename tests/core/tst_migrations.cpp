#include "core/storage/SchemaAudit.h"
#include "core/storage/SchemaMigrator.h"
#include "TestFiles.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

namespace {

// Every table and index with its SQL: two files with equal schemas give equal lists.
QStringList schemaOf(QSqlDatabase db)
{
    QStringList schema;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (query.next())
        schema.append(QStringLiteral("%1 %2 %3")
                          .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
    return schema;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scriptsAreNumberedAndPresent();
    void fromEmptyFile();
    void fromEachEarlierVersion_data();
    void fromEachEarlierVersion();
    void failingMigrationLeavesVersionUnchanged();
    void newerVersionIsRefused();
    void splitStatements();
    void knownSchemaDigestsAreTheMigrations();

private:
    QSqlDatabase openFresh(const QString &name);
    QTemporaryDir *m_dir = nullptr;
    QStringList m_connections;
};

void TestMigrations::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    delete m_dir;
}

QSqlDatabase TestMigrations::openFresh(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_dir->filePath(name));
    db.open();
    m_connections.append(name);
    return db;
}

void TestMigrations::scriptsAreNumberedAndPresent()
{
    QVERIFY(SchemaMigrator::latestVersion() >= 1);
    QCOMPARE(SchemaMigrator::builtInScripts().size(), SchemaMigrator::latestVersion());
    for (const QString &script : SchemaMigrator::builtInScripts())
        QVERIFY(!SchemaMigrator::splitStatements(script).isEmpty());
}

void TestMigrations::fromEmptyFile()
{
    QSqlDatabase db = openFresh(QStringLiteral("empty.db"));
    QCOMPARE(SchemaMigrator::schemaVersion(db), 0);
    QString error;
    QVERIFY2(SchemaMigrator::migrate(db, &error), qPrintable(error));
    QCOMPARE(SchemaMigrator::schemaVersion(db), SchemaMigrator::latestVersion());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
    QCOMPARE(query.value(0).toUInt(), SchemaMigrator::ApplicationId);
    const QStringList schema = schemaOf(db);
    for (const char *table : { "plan_info", "ladder", "level", "salary_band", "level_item", "level_branch" })
        QVERIFY2(schema.join(QLatin1Char('\n')).contains(QStringLiteral("table %1 ").arg(QLatin1String(table))), table);
    // Running again is a no-op.
    QVERIFY(SchemaMigrator::migrate(db, &error));
    QCOMPARE(SchemaMigrator::schemaVersion(db), SchemaMigrator::latestVersion());
}

void TestMigrations::fromEachEarlierVersion_data()
{
    QTest::addColumn<int>("startVersion");
    for (int v = 0; v < SchemaMigrator::latestVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestMigrations::fromEachEarlierVersion()
{
    QFETCH(int, startVersion);
    const QStringList scripts = SchemaMigrator::builtInScripts();
    QSqlDatabase old = openFresh(QStringLiteral("old.db"));
    QString error;
    QVERIFY(SchemaMigrator::migrate(old, scripts.mid(0, startVersion), &error));
    QCOMPARE(SchemaMigrator::schemaVersion(old), startVersion);
    QVERIFY2(SchemaMigrator::migrate(old, &error), qPrintable(error));
    QCOMPARE(SchemaMigrator::schemaVersion(old), SchemaMigrator::latestVersion());

    QSqlDatabase fresh = openFresh(QStringLiteral("fresh.db"));
    QVERIFY(SchemaMigrator::migrate(fresh, &error));
    QCOMPARE(schemaOf(old), schemaOf(fresh));
}

void TestMigrations::failingMigrationLeavesVersionUnchanged()
{
    QSqlDatabase db = openFresh(QStringLiteral("failing.db"));
    QString error;
    const QStringList good = SchemaMigrator::builtInScripts();
    QVERIFY(SchemaMigrator::migrate(db, good, &error));
    const QStringList schemaBefore = schemaOf(db);
    QStringList withBroken = good;
    withBroken.append(QStringLiteral("CREATE TABLE extra (id INTEGER);\nTHIS IS NOT SQL;"));
    QVERIFY(!SchemaMigrator::migrate(db, withBroken, &error));
    QVERIFY(error.contains(QStringLiteral("migration %1").arg(good.size() + 1)));
    QCOMPARE(SchemaMigrator::schemaVersion(db), good.size());
    QCOMPARE(schemaOf(db), schemaBefore); // the half-run script left nothing behind
}

void TestMigrations::newerVersionIsRefused()
{
    QSqlDatabase db = openFresh(QStringLiteral("newer.db"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
    QString error;
    QVERIFY(!SchemaMigrator::migrate(db, &error));
    QVERIFY(error.contains(QStringLiteral("newer")));
    QCOMPARE(SchemaMigrator::schemaVersion(db), 999);
}

void TestMigrations::splitStatements()
{
    const QStringList statements = SchemaMigrator::splitStatements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n\nINSERT INTO a VALUES ('it''s');"));
    QCOMPARE(statements.size(), 2);
    QVERIFY(statements[0].startsWith(QStringLiteral("CREATE TABLE a")));
    QVERIFY(statements[0].contains(QStringLiteral("'a;b'")));
    QCOMPARE(statements[1], QStringLiteral("INSERT INTO a VALUES ('it''s')"));
}

void TestMigrations::knownSchemaDigestsAreTheMigrations()
{
    // What the audit of a plan recognises at once must be what the migrations make: a new
    // migration adds its digest to SchemaAudit::knownDigest (this says which).
    for (int version = 1; version <= SchemaMigrator::latestVersion(); ++version) {
        const QList<SchemaAudit::Object> expected = SchemaAudit::expected(version);
        QVERIFY(!expected.isEmpty());
        const QByteArray digest = SchemaAudit::digest(expected);
        QVERIFY2(
            SchemaAudit::knownDigest(version) == digest,
            qPrintable(QStringLiteral("version %1 has the digest %2").arg(version).arg(QString::fromLatin1(digest))));
        // The order objects are stored in does not matter (VACUUM may change it).
        QList<SchemaAudit::Object> reversed(expected.crbegin(), expected.crend());
        QCOMPARE(SchemaAudit::digest(reversed), digest);
    }
    // A plan made by the migrations passes the audit, and one object more does not.
    QSqlDatabase db = openFresh(QStringLiteral("audited.db"));
    QString error;
    QVERIFY2(SchemaMigrator::migrate(db, &error), qPrintable(error));
    QVERIFY(SchemaAudit::audit(db, SchemaMigrator::latestVersion()).ok());
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE VIEW extra AS SELECT 1")));
    const SchemaAudit::Findings findings = SchemaAudit::audit(db, SchemaMigrator::latestVersion());
    QCOMPARE(findings.unexpected, QStringList { QStringLiteral("view “extra”") });
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
