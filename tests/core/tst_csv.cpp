#include "core/base/Csv.h"

#include <QTest>

using namespace careerplanner;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void recordEndsWithCrLf();
    void amounts_data();
    void amounts();
};

void TestCsv::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Offer A"
                           << "Offer A";
    QTest::newRow("comma") << "Offer, A"
                           << "\"Offer, A\"";
    QTest::newRow("quote") << "the \"big\" offer"
                           << "\"the \"\"big\"\" offer\"";
    QTest::newRow("newline") << "two\nlines"
                             << "\"two\nlines\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("non-ASCII stays as is") << QStringLiteral("Über – 🚀") << QStringLiteral("Über – 🚀");
    QTest::newRow("empty") << ""
                           << "";
}

void TestCsv::quoting()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(Csv::field(value), expected);
}

void TestCsv::recordEndsWithCrLf()
{
    QCOMPARE(Csv::record({ "a", "b,c", "" }), QStringLiteral("a,\"b,c\",\r\n"));
}

void TestCsv::amounts_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole") << 16500000LL << "USD"
                           << "165000.00";
    QTest::newRow("cents") << 123405LL << "USD"
                           << "1234.05";
    QTest::newRow("zero") << 0LL << "USD"
                          << "0.00";
    QTest::newRow("negative") << -5LL << "USD"
                              << "-0.05";
    QTest::newRow("yen") << 150000LL << "JPY"
                         << "150000";
}

void TestCsv::amounts()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Csv::amount(minor, currency), expected);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
