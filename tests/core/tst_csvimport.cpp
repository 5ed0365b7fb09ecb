// CSV import as from a spreadsheet: reading quoted fields and line ends, a preview that
// names the line and reason of every problem, nothing written unless every row is valid,
// and a valid import written as one edit that one undo takes back.
#include "core/io/CsvImport.h"
#include "core/base/CsvReader.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "TestFiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;
using testfiles::dumpTables;

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsQuotedFieldsAndKeepsLineNumbers();
    void semicolonsAndTabsAreSeparatorsToo_data();
    void semicolonsAndTabsAreSeparatorsToo();
    void refusesMalformedText_data();
    void refusesMalformedText();
    void payHistoryProblemsNameTheirLines();
    void payHistoryImportIsOneUndoableEdit();
    void levelsWithOpenBands();
    void levelProblemsNameTheirLines();
    void nothingIsWrittenFromAPreviewWithProblems();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
};

void TestCsvImport::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("import.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createSample(m_path, &error));
    m_session = PlanSession::open(m_path, &error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestCsvImport::cleanup()
{
    m_session.reset();
    delete m_dir;
}

void TestCsvImport::readsQuotedFieldsAndKeepsLineNumbers()
{
    const QString text = QStringLiteral("\xFEFF"
                                        "a,b,c\r\n"
                                        "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                                        "\r\n"
                                        "2,\"two\nlines\",é\n"
                                        "3,,\n");
    QList<CsvReader::Record> records;
    QString error;
    QVERIFY2(CsvReader::parse(text, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).fields, (QStringList { "a", "b", "c" }));
    QCOMPARE(records.at(1).fields, (QStringList { "1", "x, y", "say \"hi\"" }));
    QCOMPARE(records.at(1).line, 2);
    QCOMPARE(records.at(2).line, 4); // the blank line 3 is skipped
    QCOMPARE(records.at(2).fields, (QStringList { "2", "two\nlines", QStringLiteral("é") }));
    QCOMPARE(records.at(3).line, 6); // the quoted line break counts
    QCOMPARE(records.at(3).fields, (QStringList { "3", "", "" }));
}

void TestCsvImport::semicolonsAndTabsAreSeparatorsToo_data()
{
    QTest::addColumn<QString>("text");
    // A spreadsheet in a European locale writes semicolons, and decimal commas inside them.
    QTest::newRow("semicolons") << QStringLiteral("year;base;note\n2019;95000;\"a; b, c\"\n");
    QTest::newRow("tabs") << QStringLiteral("year\tbase\tnote\n2019\t95000\ta; b, c\n");
    QTest::newRow("commas") << QStringLiteral("year,base,\"note\"\n2019,95000,\"a; b, c\"\n");
}

void TestCsvImport::semicolonsAndTabsAreSeparatorsToo()
{
    QFETCH(QString, text);
    QList<CsvReader::Record> records;
    QString error;
    QVERIFY2(CsvReader::parse(text, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).fields.size(), 3);
    QCOMPARE(records.at(1).fields, (QStringList { "2019", "95000", "a; b, c" }));
    // Separators inside a quoted header field do not count.
    QCOMPARE(CsvReader::detectSeparator(QStringLiteral("\"x;y;z\",b\n1;2;3;4\n")), QLatin1Char(','));
    // The pay-history import reads the same sheet, whatever it is separated by.
    const auto preview = CsvImport::payHistory(text.replace(QStringLiteral("note"), QStringLiteral("currency"))
                                                   .replace(QStringLiteral("a; b, c"), QStringLiteral("EUR")));
    QVERIFY2(preview.isValid(), preview.problems.isEmpty() ? "" : qPrintable(preview.problems.constFirst().toString()));
    QCOMPARE(preview.rows.constFirst().base, 9'500'000);
    QCOMPARE(preview.rows.constFirst().currency, QStringLiteral("EUR"));
}

void TestCsvImport::refusesMalformedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed quote") << QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n") << QStringLiteral("Line 3:");
    QTest::newRow("quote inside a field") << QStringLiteral("a,b\n1,2\"3\n") << QStringLiteral("Line 2:");
    QTest::newRow("text after closing quote") << QStringLiteral("a,b\n\"1\"x,2\n") << QStringLiteral("Line 2:");
}

void TestCsvImport::refusesMalformedText()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QList<CsvReader::Record> records;
    QString error;
    QVERIFY(!CsvReader::parse(text, &records, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestCsvImport::payHistoryProblemsNameTheirLines()
{
    const auto preview = CsvImport::payHistory(QStringLiteral("Year,Base,Bonus,Currency\n"
                                                              "2019,\"$95,000\",5000,USD\n"
                                                              "2018,lots,0,USD\n"
                                                              "2019,90000,0,USD\n"
                                                              "2017,-5,0,USD\n"
                                                              "2016,80000.50,0,\n"));
    QVERIFY(!preview.isValid());
    QCOMPARE(preview.rows.size(), 2);
    QCOMPARE(preview.rows.at(0).base, 9'500'000);
    QCOMPARE(preview.rows.at(0).bonus, 500'000);
    QCOMPARE(preview.rows.at(1).base, 8'000'050);
    QCOMPARE(preview.rows.at(1).currency, QStringLiteral("USD"));
    QCOMPARE(preview.lines, (QList<int> { 2, 6 }));
    QCOMPARE(preview.problems.size(), 3);
    QCOMPARE(preview.problems.at(0).line, 3);
    QVERIFY(preview.problems.at(0).toString().startsWith(QStringLiteral("Line 3: base: “lots”")));
    QCOMPARE(preview.problems.at(1).line, 4);
    QVERIFY(preview.problems.at(1).reason.contains(QStringLiteral("line 2")));
    QCOMPARE(preview.problems.at(2).line, 5);

    const auto header = CsvImport::payHistory(QStringLiteral("year,salary\n2019,1\n"));
    QCOMPARE(header.problems.size(), 2); // "salary" is unknown and "base" is missing
    QCOMPARE(header.problems.at(0).line, 1);
    QVERIFY(header.problems.at(0).reason.contains(QStringLiteral("salary")));
    QVERIFY(header.problems.at(1).reason.contains(QStringLiteral("base")));
}

void TestCsvImport::payHistoryImportIsOneUndoableEdit()
{
    const auto preview
        = CsvImport::payHistory(QStringLiteral("year,ladder,level,base,bonus,stock\n"
                                               "2014,Program Management,Associate Program Manager,61000,0,0\n"
                                               "2015,Program Management,Associate Program Manager,64000,2500,1000\n"));
    QVERIFY(preview.isValid());
    const QString before = dumpTables(m_path);
    const int years = int(m_session->payStore().payHistory().size());
    QSignalSpy recorded(m_session.get(), &PlanSession::editRecorded);
    QString error;
    QVERIFY2(CsvImport::apply(*m_session, preview, &error), qPrintable(error));
    QCOMPARE(m_session->payStore().payHistory().size(), years + 2);
    QCOMPARE(m_session->payStore().payHistory().constFirst().year, 2014);
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT base + bonus + stock_vested FROM pay_history "
                                                          "WHERE year = 2015"))
                 .toLongLong(),
             6'750'000);
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT count(*) FROM pay_history WHERE year IN (2014, 2015) "
                                                          "AND level_id IS NOT NULL"))
                 .toInt(),
             2); // linked to the ladder's level by name
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(recorded.at(0).at(0).toString(), QStringLiteral("Import 2 pay years"));
    PlanUndoLog::Range redo;
    QVERIFY(
        m_session->replayEdit({ recorded.at(0).at(1).toLongLong(), recorded.at(0).at(2).toLongLong() }, &redo, &error));
    QCOMPARE(dumpTables(m_path), before);
    QCOMPARE(m_session->payStore().payHistory().size(), years);
}

void TestCsvImport::levelsWithOpenBands()
{
    const CareerLadder &ladder = m_session->ladderStore().ladders().at(0);
    const int levels = int(ladder.levels.size());
    const auto preview
        = CsvImport::levels(QStringLiteral("title,code,years min,years max,base min,base max,total max,total min\n"
                                           "Principal Program Manager,L8,3,5,\"$180,000\",250000+,,\n"
                                           "Distinguished PM,,,,300000+,,500000,400000\n"),
                            ladder);
    QVERIFY2(preview.isValid(), qPrintable(preview.problems.value(0).toString()));
    const CareerLevel &principal = preview.rows.at(0);
    QCOMPARE(principal.levelCode, QStringLiteral("L8"));
    QCOMPARE(*principal.yearsAtLevel.minimum, 3);
    QCOMPARE(principal.band(SalaryBand::Kind::Base)->minimum, 18'000'000);
    QCOMPARE(*principal.band(SalaryBand::Kind::Base)->maximum, 25'000'000);
    QVERIFY(principal.band(SalaryBand::Kind::Base)->openEnded);
    QVERIFY(!principal.band(SalaryBand::Kind::TotalCompensation));
    QCOMPARE(*preview.rows.at(1).band(SalaryBand::Kind::TotalCompensation)->maximum, 50'000'000);
    QVERIFY(!preview.rows.at(1).band(SalaryBand::Kind::Base)->maximum);

    QString error;
    QVERIFY2(CsvImport::apply(*m_session, 0, preview, &error), qPrintable(error));
    QCOMPARE(m_session->ladderStore().ladders().at(0).levels.size(), levels + 2);
    QCOMPARE(m_session->ladderStore().ladders().at(0).levels.constLast().title, QStringLiteral("Distinguished PM"));
    QCOMPARE(testfiles::queryValue(m_path, QStringLiteral("SELECT open_ended FROM salary_band b JOIN level v ON v.id = "
                                                          "b.level_id WHERE v.title = 'Principal Program Manager'"))
                 .toInt(),
             1);
}

void TestCsvImport::levelProblemsNameTheirLines()
{
    const auto preview = CsvImport::levels(QStringLiteral("title,base min,base max\n"
                                                          "Program Manager,1,2\n"
                                                          "New level,200000,100000\n"
                                                          "Another,abc,\n"
                                                          ",5,6\n"
                                                          "New LEVEL,1,2\n"),
                                           m_session->ladderStore().ladders().at(0));
    QCOMPARE(preview.rows.size(), 0);
    QList<int> lines;
    for (const CsvImport::Problem &problem : preview.problems)
        lines.append(problem.line);
    QCOMPARE(lines, (QList<int> { 2, 3, 4, 5, 6 }));
    QVERIFY(preview.problems.at(0).reason.contains(QStringLiteral("already a level")));
    QVERIFY2(preview.problems.at(1).reason.contains(QStringLiteral("minimum")),
             qPrintable(preview.problems.at(1).reason));
    QVERIFY(preview.problems.at(2).reason.contains(QStringLiteral("“abc”")));
}

void TestCsvImport::nothingIsWrittenFromAPreviewWithProblems()
{
    const auto preview = CsvImport::payHistory(QStringLiteral("year,base\n2001,50000\n2002,oops\n"));
    QCOMPARE(preview.rows.size(), 1);
    const QByteArray before = testfiles::readBytes(m_path);
    QString error;
    QVERIFY(!CsvImport::apply(*m_session, preview, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(testfiles::readBytes(m_path), before);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
