// Every reader of outside files has a ceiling and refuses past it in one line, whatever
// the input (an endless device, a file past the limit); JSON that Qt would take silently
// (a key twice, half a surrogate pair) is refused; an import is one transaction, and an
// interrupted one leaves nothing behind; very long texts are shortened where they are
// shown, never refused where they are stored.
#include "core/base/BoundedFile.h"
#include "core/plan/PlanRules.h"
#include "core/base/DisplayText.h"
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanFactory.h"
#include "core/io/PlanJson.h"
#include "core/storage/SqlHelpers.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>

using namespace careerplanner;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

Run runApp(const QStringList &arguments)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_FATAL_WARNINGS"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(CAREERPLANNER_BINARY), arguments);
    Run run;
    if (app.waitForFinished(120000)) {
        run.exitCode = app.exitCode();
        run.err = app.readAllStandardError();
    }
    return run;
}

// The sample plan as JSON, its pay packages copied to count.
QByteArray sampleWithPackages(const QString &folder, int count)
{
    QString error;
    const QString path = QDir(folder).filePath(QStringLiteral("sample-source.careerplan"));
    std::unique_ptr<PlanDatabase> plan = PlanFactory::createSample(path, &error);
    QByteArray json;
    if (!plan || !PlanJson::exportPlan(*plan, &json, &error))
        return {};
    QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject package = root.value(QStringLiteral("payPackages")).toArray().first().toObject();
    QJsonArray packages;
    for (int i = 0; i < count; ++i) {
        QJsonObject copy = package;
        copy.insert(QStringLiteral("name"), QStringLiteral("Package %1").arg(i));
        packages.append(copy);
    }
    root.insert(QStringLiteral("payPackages"), packages);
    plan.reset();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".lock"));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestBoundedInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endlessInputIsRefused();
    void fileOverTheLimitIsRefusedUnread_data();
    void fileOverTheLimitIsRefusedUnread();
    void jsonQtWouldTakeIsRefused_data();
    void jsonQtWouldTakeIsRefused();
    void importIsOneTransaction();
    void interruptedImportLeavesNothing_data();
    void interruptedImportLeavesNothing();
    void longTextsAreShortenedWhereShown();

private:
    QTemporaryDir m_dir;
};

void TestBoundedInputs::endlessInputIsRefused()
{
    const QString target = m_dir.filePath(QStringLiteral("from-zero.careerplan"));
    const Run run = runApp({ QStringLiteral("--import-json"), QStringLiteral("/dev/zero"), target });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains("larger than the 64 MB"), run.err.constData());
    QVERIFY(!QFileInfo::exists(target));
    QByteArray bytes;
    QString error;
    QVERIFY(!BoundedFile::read(QStringLiteral("/dev/zero"), BoundedFile::CsvLimit, &bytes, &error));
    QVERIFY2(error.contains(QStringLiteral("16 MB")), qPrintable(error));
    QVERIFY(bytes.isEmpty());
}

void TestBoundedInputs::fileOverTheLimitIsRefusedUnread_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::newRow("JSON") << BoundedFile::JsonLimit;
    QTest::newRow("CSV") << BoundedFile::CsvLimit;
    QTest::newRow("plan") << BoundedFile::PlanLimit;
}

void TestBoundedInputs::fileOverTheLimitIsRefusedUnread()
{
    QFETCH(qint64, limit);
    // A sparse file one byte past the limit: refused by its size, never read.
    const QString path = m_dir.filePath(QStringLiteral("large.careerplan"));
    QString error;
    QFile::remove(path);
    QVERIFY(PlanFactory::createWithReferenceLadders(path, &error));
    QFile::remove(path + QStringLiteral(".lock"));
    QVERIFY(QFile::resize(path, limit + 1));
    if (limit == BoundedFile::PlanLimit) {
        QVERIFY(!PlanDatabase::openReadOnly(path, &error));
        QVERIFY2(error.contains(QStringLiteral("larger than the 2 GB")), qPrintable(error));
        QVERIFY(!PlanDatabase::open(path, PlanRules::upkeep(), &error));
        QVERIFY2(error.contains(QStringLiteral("larger than the 2 GB")), qPrintable(error));
        QCOMPARE(QFileInfo(path).size(), limit + 1);
    } else {
        QByteArray bytes;
        QVERIFY(!BoundedFile::read(path, limit, &bytes, &error));
        QVERIFY2(error.contains(BoundedFile::describeLimit(limit)), qPrintable(error));
    }
    QFile::remove(path);
}

void TestBoundedInputs::jsonQtWouldTakeIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("key twice") << QByteArray("{\"format\": \"careerplanner-plan\",\n\"name\": \"a\",\n\"name\": \"b\"}")
                               << QStringLiteral("line 3: the key “name” is given twice");
    QTest::newRow("key twice, one escaped")
        << QByteArray("{\"name\": \"a\", \"n\\u0061me\": \"b\"}") << QStringLiteral("the key “name” is given twice");
    QTest::newRow("lone high surrogate") << QByteArray("{\"name\": \"a\\ud800b\"}")
                                         << QStringLiteral("\\ud800 is half of a character");
    QTest::newRow("lone low surrogate") << QByteArray("{\"name\": \"\\udc00\"}")
                                        << QStringLiteral("\\udc00 is half of a character");
    QTest::newRow("high then not low") << QByteArray("{\"name\": \"\\ud83d\\u0041\"}")
                                       << QStringLiteral("\\ud83d is half of a character");
}

void TestBoundedInputs::jsonQtWouldTakeIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    PlanContent content;
    QString error;
    QVERIFY(!PlanJson::parse(json, &content, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // The same keys in different objects, and a whole pair, are fine as far as this goes.
    QVERIFY(QJsonDocument::fromJson("{\"a\": {\"name\": 1}, \"b\": {\"name\": \"\\ud83d\\ude00\"}}").isObject());
}

void TestBoundedInputs::importIsOneTransaction()
{
    // Every write of a new plan's content is part of one transaction (one commit, one sync).
    const QString path = m_dir.filePath(QStringLiteral("one-transaction.careerplan"));
    QString error;
    bool insideTransaction = false;
    std::unique_ptr<PlanDatabase> plan = PlanDatabase::create(
        path,
        [&insideTransaction](PlanDatabase &building, QString *) {
            insideTransaction = sqlite3_get_autocommit(sql::nativeHandle(building.connection())) == 0;
            return true;
        },
        PlanRules::upkeep(), &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(insideTransaction);
    // And an import of many packages lands whole.
    const QString json = m_dir.filePath(QStringLiteral("many.json"));
    QVERIFY(testfiles::writeBytes(json, sampleWithPackages(m_dir.path(), 2'000)));
    const QString imported = m_dir.filePath(QStringLiteral("many.careerplan"));
    const Run run = runApp({ QStringLiteral("--import-json"), json, imported });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(testfiles::queryValue(imported, QStringLiteral("SELECT count(*) FROM pay_package")).toInt(), 2'000);
}

void TestBoundedInputs::interruptedImportLeavesNothing_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
}

void TestBoundedInputs::interruptedImportLeavesNothing()
{
    QFETCH(int, signal);
    QTemporaryDir folder;
    const QString json = folder.filePath(QStringLiteral("big.json"));
    QVERIFY(testfiles::writeBytes(json, sampleWithPackages(folder.path(), 40'000)));
    const QString target = folder.filePath(QStringLiteral("imported.careerplan"));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_FATAL_WARNINGS"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(CAREERPLANNER_BINARY), { QStringLiteral("--import-json"), json, target });
    QVERIFY(app.waitForStarted());
    // Interrupted once its temporary plan exists, while it is being filled.
    QTRY_VERIFY_WITH_TIMEOUT(
        QDir(folder.path()).entryList({ QStringLiteral(".imported.careerplan.*") }, QDir::Files | QDir::Hidden).size()
            > 0,
        20000);
    QTest::qWait(200);
    QCOMPARE(::kill(static_cast<pid_t>(app.processId()), signal), 0);
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit); // ended by the signal, as it asked
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList { QStringLiteral("big.json") });
}

void TestBoundedInputs::longTextsAreShortenedWhereShown()
{
    const QString longName(2'000'000, QLatin1Char('N'));
    const QString shown = DisplayText::shortened(longName);
    QCOMPARE(shown.size(), DisplayText::LongestLine);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    // A surrogate pair is never cut in two.
    const QString emoji
        = QString(DisplayText::LongestLine - 2, QLatin1Char('x')) + QStringLiteral("\U0001F600\U0001F600");
    QVERIFY(!DisplayText::shortened(emoji).at(DisplayText::LongestLine - 2).isHighSurrogate());

    // Stored whole, reported shortened: the report of such a plan is made at once.
    const QString path = m_dir.filePath(QStringLiteral("long-name.careerplan"));
    QString error;
    PlanContent content;
    {
        std::unique_ptr<PlanDatabase> sample = PlanFactory::createSample(path, &error);
        QVERIFY2(sample, qPrintable(error));
        QSqlQuery query(sample->connection());
        query.prepare(QStringLiteral("UPDATE plan_info SET value = ? WHERE key = 'name'"));
        query.addBindValue(longName);
        QVERIFY(query.exec());
    }
    QCOMPARE(
        testfiles::queryValue(path, QStringLiteral("SELECT length(value) FROM plan_info WHERE key = 'name'")).toInt(),
        longName.size());
    const QString pdf = m_dir.filePath(QStringLiteral("long-name.pdf"));
    const Run run = runApp({ QStringLiteral("--report"), path, QStringLiteral("--output"), pdf });
    QCOMPARE(run.exitCode, 0);
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    QVERIFY2(!pdfinfo.isEmpty(), "pdfinfo (poppler-utils) reads the report back");
    QProcess info;
    info.start(pdfinfo, { pdf });
    QVERIFY(info.waitForFinished(30000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    const qsizetype at = text.indexOf(QStringLiteral("Career plan: NNN"));
    QVERIFY2(at >= 0, qPrintable(text.left(400)));
    const QString titleLine = text.mid(at, text.indexOf(QLatin1Char('\n'), at) - at);
    QCOMPARE(titleLine.size(), QStringLiteral("Career plan: ").size() + DisplayText::LongestLine);
}

QTEST_GUILESS_MAIN(TestBoundedInputs)
#include "tst_boundedinputs.moc"
