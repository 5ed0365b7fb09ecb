#include "core/bands/SalaryBand.h"
#include "core/base/Money.h"

#include <QTest>

using namespace careerplanner;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void formatBand_data();
    void formatBand();
    void parse_data();
    void parse();
    void editTextRoundTrips();
    void compact_data();
    void compact();
};

void TestMoney::compact_data()
{
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("thousands") << "en_US" << 15000000LL << QStringLiteral("$150K");
    QTest::newRow("fractional thousands") << "en_US" << 12550000LL << QStringLiteral("$125.5K");
    QTest::newRow("millions") << "en_US" << 120000000LL << QStringLiteral("$1.2M");
    QTest::newRow("whole million") << "en_US" << 100000000LL << QStringLiteral("$1M");
    QTest::newRow("small") << "en_US" << 95000LL << QStringLiteral("$950");
    QTest::newRow("zero") << "en_US" << 0LL << QStringLiteral("$0");
    QTest::newRow("German decimal comma") << "de_DE" << 12550000LL << QStringLiteral("125,5K\u00A0USD");
    // A fraction that rounds to a whole number shows none: "$835K", as "$2M" does.
    QTest::newRow("rounds to whole thousands") << "en_US" << 83496000LL << QStringLiteral("$835K");
    QTest::newRow("just under a million") << "en_US" << 99996000LL << QStringLiteral("$1M");
}

void TestMoney::compact()
{
    QFETCH(QString, localeName);
    QFETCH(qint64, minor);
    QFETCH(QString, expected);
    QCOMPARE(Money::formatCompact(minor, QStringLiteral("USD"), QLocale(localeName)), expected);
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_US whole") << "en_US" << 15000000LL << "USD" << QStringLiteral("$150,000");
    QTest::newRow("en_US cents") << "en_US" << 123456LL << "USD" << QStringLiteral("$1,234.56");
    QTest::newRow("de_DE own currency") << "de_DE" << 15000000LL << "EUR" << QStringLiteral("150.000\u00A0€");
    QTest::newRow("de_DE foreign currency shows code")
        << "de_DE" << 15000000LL << "USD" << QStringLiteral("150.000\u00A0USD"); // no space trails the code
    QTest::newRow("yen has no minor unit") << "ja_JP" << 150000LL << "JPY" << QStringLiteral("￥150,000");
}

void TestMoney::format()
{
    QFETCH(QString, localeName);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money::format(minor, currency, QLocale(localeName)), expected);
}

void TestMoney::formatBand_data()
{
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("maximum"); // -1: none
    QTest::addColumn<bool>("openEnded");
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("closed") << 6000000LL << 12000000LL << false << "en_US" << QStringLiteral("$60,000 – $120,000");
    QTest::newRow("open top keeps the figure and a plus")
        << 8000000LL << 15000000LL << true << "en_US" << QStringLiteral("$80,000 – $150,000+");
    QTest::newRow("floor only") << 20000000LL << -1LL << true << "en_US" << QStringLiteral("$200,000+");
    // The plus stays with the figure where the currency follows it.
    QTest::newRow("open top in German") << 8000000LL << 15000000LL << true << "de_DE"
                                        << QStringLiteral("80.000\u00a0USD – 150.000+\u00a0USD");
}

void TestMoney::formatBand()
{
    QFETCH(qint64, minimum);
    QFETCH(qint64, maximum);
    QFETCH(bool, openEnded);
    QFETCH(QString, localeName);
    QFETCH(QString, expected);
    SalaryBand band;
    band.minimum = minimum;
    if (maximum >= 0)
        band.maximum = maximum;
    band.openEnded = openEnded;
    QCOMPARE(band.toDisplayText(QLocale(localeName)), expected);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("plain") << "en_US"
                           << "150000" << 15000000LL;
    QTest::newRow("grouped") << "en_US"
                             << "150,000" << 15000000LL;
    QTest::newRow("symbol and spaces") << "en_US"
                                       << " $150,000 " << 15000000LL;
    QTest::newRow("cents") << "en_US"
                           << "1234.56" << 123456LL;
    QTest::newRow("one decimal") << "en_US"
                                 << "1234.5" << 123450LL;
    QTest::newRow("k suffix") << "en_US"
                              << "150k" << 15000000LL;
    QTest::newRow("decimal k") << "en_US"
                               << "1.5k" << 150000LL;
    QTest::newRow("German grouping") << "de_DE"
                                     << "150.000" << 15000000LL;
    QTest::newRow("German decimals") << "de_DE"
                                     << "1.234,56" << 123456LL;
    QTest::newRow("negative") << "en_US"
                              << "-5" << -1LL;
    QTest::newRow("letters") << "en_US"
                             << "abc" << -1LL;
    QTest::newRow("empty") << "en_US"
                           << "" << -1LL;
    QTest::newRow("three decimals") << "en_US"
                                    << "1.234" << -1LL;
    QTest::newRow("beyond the cap") << "en_US"
                                    << "1000000001" << -1LL;
    QTest::newRow("beyond 64 bits") << "en_US"
                                    << "99999999999999999999999" << -1LL;
    QTest::newRow("at the cap") << "en_US"
                                << "1000000000" << Money::MaximumMinorUnits;
}

void TestMoney::parse()
{
    QFETCH(QString, localeName);
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const Money::ParseResult result = Money::parse(text, QStringLiteral("USD"), QLocale(localeName));
    if (expected < 0) {
        QVERIFY(!result.minorUnits);
        QVERIFY(!result.error.isEmpty());
    } else {
        QCOMPARE(result.minorUnits, std::optional<qint64>(expected));
        QVERIFY(result.error.isEmpty());
    }
}

void TestMoney::editTextRoundTrips()
{
    const QLocale locale(QStringLiteral("en_US"));
    for (const qint64 value : { 0LL, 1LL, 99LL, 100LL, 6000000LL, 123456LL, Money::MaximumMinorUnits }) {
        const QString text = Money::toEditText(value, QStringLiteral("USD"), locale);
        QCOMPARE(Money::parse(text, QStringLiteral("USD"), locale).minorUnits, std::optional<qint64>(value));
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
