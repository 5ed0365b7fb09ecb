// A full disk: the plan's file is held to a few pages more than it has (SQLite's
// max_page_count, which fails exactly as a full disk does, with SQLITE_FULL). The edit
// that does not fit is refused with a plain message, and everything written before is
// intact; an import that does not fit imports nothing.
#include "core/io/CsvImport.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "TestFiles.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theEditThatDoesNotFitIsRefused();
    void anImportThatDoesNotFitImportsNothing();

private:
    void fillTheDisk();

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
};

void TestDiskFull::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("full.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createSample(m_path, &error));
    m_session = PlanSession::open(m_path, &error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestDiskFull::cleanup()
{
    m_session.reset();
    delete m_dir;
}

void TestDiskFull::fillTheDisk()
{
    QSqlQuery query(m_session->database().connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
}

void TestDiskFull::theEditThatDoesNotFitIsRefused()
{
    // A small edit first, to be found intact afterwards.
    Profile profile = m_session->pathStore().profile();
    profile.location = QStringLiteral("Lisbon");
    QString error;
    QVERIFY2(m_session->pathStore().setProfile(profile, &error), qPrintable(error));
    fillTheDisk();
    const QString before = testfiles::dumpTables(m_path);
    const qsizetype stories = m_session->storyStore().stories().size();

    Story story;
    story.title = QStringLiteral("Too long to fit");
    story.situation = QStringLiteral("A very long story. ").repeated(20'000);
    QVERIFY(!m_session->storyStore().saveStory(story, &error));
    QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
    QCOMPARE(m_session->storyStore().stories().size(), stories);
    QCOMPARE(testfiles::dumpTables(m_path), before);
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT location FROM profile")).toString(),
             QStringLiteral("Lisbon"));

    // Room again (space freed): the same edit goes through.
    QSqlQuery query(m_session->database().connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QVERIFY2(m_session->storyStore().saveStory(story, &error), qPrintable(error));
    QCOMPARE(m_session->storyStore().stories().size(), stories + 1);
}

void TestDiskFull::anImportThatDoesNotFitImportsNothing()
{
    QString csv = QStringLiteral("title,summary\n");
    for (int i = 0; i < 200; ++i)
        csv += QStringLiteral("Imported level %1,%2\n").arg(i).arg(QStringLiteral("words ").repeated(200));
    const auto preview = CsvImport::levels(csv, m_session->ladderStore().ladders().constFirst());
    QVERIFY(preview.isValid());
    fillTheDisk();
    const QString before = testfiles::dumpTables(m_path);
    QString error;
    QVERIFY(!CsvImport::apply(*m_session, 0, preview, &error));
    QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
    QCOMPARE(testfiles::dumpTables(m_path), before);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
