// Values chosen to break things: SQL-looking text, quotes, emoji, right-to-left and
// combining characters and 10,000-character names come back exactly from the plan file,
// from a JSON export and import, and from a CSV export; money at and past the limits,
// negative amounts and a band whose minimum is above its maximum are refused.
#include "core/io/CsvImport.h"
#include "core/base/CsvReader.h"
#include "core/ladders/LevelValidator.h"
#include "core/base/Money.h"
#include "core/pay/PayValidator.h"
#include "core/plan/PlanFactory.h"
#include "core/io/PlanJson.h"
#include "core/plan/PlanSession.h"
#include "core/skills/SkillCsv.h"
#include "core/stories/StoryCsv.h"
#include "TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace careerplanner;

namespace {

QStringList hostileTexts()
{
    return {
        QStringLiteral("Robert'); DROP TABLE story;--"),
        QStringLiteral("\"quoted\", 'single', `back`, \\backslash\\, ;semicolon;"),
        QStringLiteral("Rocket 🚀, woman technologist 👩🏽‍💻, flags 🇺🇦🇯🇵"),
        QStringLiteral("مدير برنامج أول — Senior Program Manager — מנהל תוכניות"),
        QStringLiteral("Combining: e\u0301 a\u0308\u0304 Z\u0335\u0321\u0358 and NFD Å"),
        QStringLiteral("Line one\nline two\r\nline three\twith a tab"),
        QStringLiteral("x").repeated(10'000),
    };
}

} // namespace

class TestHostileValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void textRoundTripsThroughFileJsonAndCsv();
    void moneyPastTheLimitsIsRefused_data();
    void moneyPastTheLimitsIsRefused();
    void bandsThatMakeNoSenseAreRefused();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
};

void TestHostileValues::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("hostile.careerplan"));
}

void TestHostileValues::cleanup()
{
    delete m_dir;
}

void TestHostileValues::textRoundTripsThroughFileJsonAndCsv()
{
    const QStringList texts = hostileTexts();
    QString error;
    {
        QVERIFY(PlanFactory::createWithReferenceLadders(m_path, &error));
        auto session = PlanSession::open(m_path, &error);
        QVERIFY2(session, qPrintable(error));
        Profile profile = session->pathStore().profile();
        profile.name = texts.last();
        profile.location = texts.at(3);
        QVERIFY2(session->pathStore().setProfile(profile, &error), qPrintable(error));
        CareerLadder ladder;
        ladder.name = texts.at(0);
        ladder.description = texts.at(5);
        CareerLevel level;
        level.title = texts.at(2);
        level.summary = texts.at(4);
        ladder.levels.append(level);
        QVERIFY2(session->ladderStore().addLadder(ladder, &error), qPrintable(error));
        // Check-ins are read straight through SQLite's API: their notes are checked too.
        Goal goal;
        goal.skillKey = session->skillStore().skills().constFirst().key;
        for (int i = 0; i < texts.size(); ++i)
            goal.checkIns.append({ 0, QDate(2026, 1, 1 + i), 1 + i % 5, texts.at(i) });
        QVERIFY2(session->skillStore().saveGoal(goal, &error), qPrintable(error));
        for (const QString &text : texts) {
            Story story;
            story.title = text;
            story.situation = text;
            story.result = text;
            QVERIFY2(session->storyStore().saveStory(story, &error), qPrintable(error));
        }
    }

    // The file: read by a new session, every text as written.
    auto session = PlanSession::open(m_path, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->pathStore().profile().name, texts.last());
    QCOMPARE(session->pathStore().profile().location, texts.at(3));
    QCOMPARE(session->ladderStore().ladders().constLast().name, texts.at(0));
    QCOMPARE(session->ladderStore().ladders().constLast().description, texts.at(5));
    QCOMPARE(session->ladderStore().ladders().constLast().levels.constFirst().title, texts.at(2));
    QCOMPARE(session->ladderStore().ladders().constLast().levels.constFirst().summary, texts.at(4));
    QCOMPARE(session->skillStore().goals().size(), 1);
    const QList<CheckIn> &checkIns = session->skillStore().goals().constFirst().checkIns;
    QCOMPARE(checkIns.size(), texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        QCOMPARE(checkIns.at(i).note, texts.at(i));
        QCOMPARE(checkIns.at(i).date, QDate(2026, 1, 1 + i));
        QCOMPARE(checkIns.at(i).proficiency, 1 + i % 5);
    }
    QStringList titles;
    for (const Story &story : session->storyStore().stories()) {
        QCOMPARE(story.situation, story.title);
        QCOMPARE(story.result, story.title);
        titles.append(story.title);
    }
    for (const QString &text : texts)
        QVERIFY2(titles.contains(text), qPrintable(text.left(40)));
    // Nothing was executed: the stories table is still there with its rows.
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT count(*) FROM story")).toInt(), int(texts.size()));

    // JSON: exported, imported into a new plan, exported again: the same bytes.
    QByteArray json;
    QVERIFY2(PlanJson::exportPlan(session->database(), &json, &error), qPrintable(error));
    const QString copy = m_dir->filePath(QStringLiteral("copy.careerplan"));
    auto imported = PlanJson::importPlan(json, copy, &error);
    QVERIFY2(imported, qPrintable(error));
    QByteArray again;
    QVERIFY2(PlanJson::exportPlan(*imported, &again, &error), qPrintable(error));
    QCOMPARE(again, json);
    PlanContent content;
    QVERIFY2(PlanJson::parse(json, &content, &error), qPrintable(error));
    QCOMPARE(content.profile.name, texts.last());

    // CSV: the stories' export parses back to the same fields.
    QList<CsvReader::Record> records;
    QVERIFY2(CsvReader::parse(StoryCsv::stories(session->storyStore().stories(), session->skillStore().skills()),
                              &records, &error),
             qPrintable(error));
    QCOMPARE(records.size(), texts.size() + 1); // and the header
    const int titleColumn = int(records.constFirst().fields.indexOf(QStringLiteral("title")));
    QVERIFY(titleColumn >= 0);
    QStringList fromCsv;
    for (int i = 1; i < records.size(); ++i)
        fromCsv.append(records.at(i).fields.at(titleColumn));
    for (const QString &text : texts)
        QVERIFY2(fromCsv.contains(text), qPrintable(text.left(40)));
}

void TestHostileValues::moneyPastTheLimitsIsRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("64-bit maximum") << QStringLiteral("9223372036854775807");
    QTest::newRow("past 64 bits") << QStringLiteral("9223372036854775808");
    QTest::newRow("far past 64 bits") << QStringLiteral("1").repeated(40);
    QTest::newRow("past the app's ceiling") << QString::number(Money::MaximumMinorUnits / 100 + 1);
    QTest::newRow("negative") << QStringLiteral("-5000");
    QTest::newRow("64-bit minimum") << QStringLiteral("-9223372036854775808");
    QTest::newRow("exponent") << QStringLiteral("1e30");
    QTest::newRow("not a number") << QStringLiteral("NaN");
}

void TestHostileValues::moneyPastTheLimitsIsRefused()
{
    QFETCH(QString, typed);
    const Money::ParseResult parsed = Money::parse(typed, QStringLiteral("USD"), QLocale::c());
    QVERIFY2(!parsed.minorUnits, qPrintable(QString::number(parsed.minorUnits.value_or(0))));
    QVERIFY(!parsed.error.isEmpty());
    // The same amounts from a spreadsheet: refused by line, nothing imported.
    const auto preview = CsvImport::payHistory(QStringLiteral("year,base\n2020,\"%1\"\n").arg(typed));
    QVERIFY(!preview.isValid());
    QCOMPARE(preview.problems.constFirst().line, 2);

    // And written straight into a record, past the form: the validator refuses it.
    PayRecord record;
    record.year = 2020;
    for (qint64 amount : { std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), qint64(-1),
                           Money::MaximumMinorUnits + 1 }) {
        record.base = amount;
        QVERIFY2(!PayValidator::validateRecord(record).isEmpty(), qPrintable(QString::number(amount)));
    }
    record.base = Money::MaximumMinorUnits;
    QVERIFY(PayValidator::validateRecord(record).isEmpty()); // the ceiling itself is allowed
}

void TestHostileValues::bandsThatMakeNoSenseAreRefused()
{
    SalaryBand band;
    band.minimum = 200'000'00;
    band.maximum = 100'000'00;
    QVERIFY(!LevelValidator::validateBand(band).isEmpty());
    band.minimum = -1;
    band.maximum = 100;
    QVERIFY(!LevelValidator::validateBand(band).isEmpty());
    band.minimum = 0;
    band.maximum = std::numeric_limits<qint64>::max();
    QVERIFY(!LevelValidator::validateBand(band).isEmpty());
    band.maximum = Money::MaximumMinorUnits;
    QVERIFY(LevelValidator::validateBand(band).isEmpty());

    // And in the file, past every check in the program: the schema's own CHECKs refuse it.
    QString error;
    QVERIFY(PlanFactory::createWithReferenceLadders(m_path, &error));
    auto session = PlanSession::open(m_path, &error);
    QVERIFY2(session, qPrintable(error));
    QSqlQuery query(session->database().connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE salary_band SET minimum = maximum + 1 WHERE maximum IS NOT NULL")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE salary_band SET minimum = 1.5")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE salary_band SET minimum = -100")));
}

QTEST_GUILESS_MAIN(TestHostileValues)
#include "tst_hostilevalues.moc"
