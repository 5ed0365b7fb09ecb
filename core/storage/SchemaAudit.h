#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace careerplanner {

// Holds a plan's schema to what the migrations create, and nothing else: a trigger, view,
// index, table or column the program never made is how a hostile file would act on the
// user's next edit, or make a check take hours (an index on an expensive expression).
class SchemaAudit
{
public:
    struct Object
    {
        QString type; // table, index, trigger or view
        QString name;
        QString sql;
    };

    struct Findings
    {
        QStringList unexpected; // "trigger “x”", in schema order
        QStringList missing; // names of objects the migrations make that are absent
        QString error; // the schema could not be read
        bool ok() const { return unexpected.isEmpty() && missing.isEmpty() && error.isEmpty(); }
        // The first thing wrong, in one line.
        QString firstProblem() const;
    };

    // What the migrations up to version create (made once per version in memory, then kept).
    static QList<Object> expected(int version);
    // A digest of objects, whatever their order (VACUUM, as in copies and backups, may
    // store them in another order).
    static QByteArray digest(QList<Object> objects);
    // The digest of expected(version), kept here so that a sound plan is recognised
    // without running the migrations in memory on every opening (about 2.5 ms); a test
    // holds each equal to the digest of the migrations' result.
    static QByteArray knownDigest(int version);
    // db's schema against what its version should have; reads sqlite_schema only.
    static Findings audit(const QSqlDatabase &db, int version);
    // The columns of table in the expected schema of version, in order.
    static QStringList expectedColumns(const QString &table, int version);
};

} // namespace careerplanner
