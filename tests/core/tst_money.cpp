#include "core/bands/SalaryBand.h"
#include "core/base/CurrencyConverter.h"
#include "core/base/DateText.h"
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
    void otherCurrencies_data();
    void otherCurrencies();
    void rateTextIsExact_data();
    void rateTextIsExact();
    void conversion_data();
    void conversion();
    void noRateNoConversion();
    void longDatesWithoutTheWeekday_data();
    void longDatesWithoutTheWeekday();
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
    QTest::newRow("yen in English") << "en_US" << 150000LL << "JPY" << QStringLiteral("JPY\u00A0150,000");
    QTest::newRow("dinar has three decimals") << "en_US" << 1234567LL << "BHD" << QStringLiteral("BHD\u00A01,234.567");
    QTest::newRow("Kuwaiti fils") << "en_US" << 5LL << "KWD" << QStringLiteral("KWD\u00A00.005");
    QTest::newRow("rupees grouped the Indian way") << "en_IN" << 450000000LL << "INR" << QStringLiteral("₹45,00,000");
    QTest::newRow("rupees in US English") << "en_US" << 450000000LL << "INR" << QStringLiteral("INR\u00A04,500,000");
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

void TestMoney::otherCurrencies_data()
{
    QTest::addColumn<QString>("localeName");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("yen whole") << "en_US"
                               << "JPY"
                               << "150,000" << 150000LL;
    QTest::newRow("yen has no decimals") << "en_US"
                                         << "JPY"
                                         << "1.5" << -1LL;
    QTest::newRow("dinar fils") << "en_US"
                                << "BHD"
                                << "1.234" << 1234LL;
    QTest::newRow("dinar, two decimals typed") << "en_US"
                                               << "BHD"
                                               << "1.23" << 1230LL;
    QTest::newRow("dinar, four decimals") << "en_US"
                                          << "KWD"
                                          << "1.2345" << -1LL;
    QTest::newRow("lakh grouping") << "en_IN"
                                   << "INR"
                                   << "45,00,000" << 450000000LL;
    QTest::newRow("rupee symbol") << "en_IN"
                                  << "INR"
                                  << "₹45,00,000.50" << 450000050LL;
}

void TestMoney::otherCurrencies()
{
    QFETCH(QString, localeName);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const QLocale locale(localeName);
    const Money::ParseResult result = Money::parse(text, currency, locale);
    if (expected < 0) {
        QVERIFY(!result.minorUnits);
        QVERIFY(!result.error.isEmpty());
        return;
    }
    QCOMPARE(result.minorUnits, std::optional<qint64>(expected));
    // What the edit field shows parses back to the same amount.
    QCOMPARE(Money::parse(Money::toEditText(expected, currency, locale), currency, locale).minorUnits,
             std::optional<qint64>(expected));
}

void TestMoney::rateTextIsExact_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("plain") << "0.012"
                           << "0.012";
    QTest::newRow("trailing zeros") << "0.0120"
                                    << "0.012";
    QTest::newRow("no leading zero") << ".5"
                                     << "0.5";
    QTest::newRow("whole") << "83"
                           << "83";
    QTest::newRow("decimal comma") << "83,25"
                                   << "83.25";
    QTest::newRow("twelve decimals") << "0.000000000001"
                                     << "0.000000000001";
    QTest::newRow("thirteen decimals") << "0.0000000000001"
                                       << "";
    QTest::newRow("zero") << "0.000"
                          << "";
    QTest::newRow("negative") << "-1"
                              << "";
    QTest::newRow("words") << "about 80"
                           << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMoney::rateTextIsExact()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QCOMPARE(ExchangeRate::normalized(typed), stored);
}

void TestMoney::conversion_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("rate"); // one rateFrom is worth rate rateTo
    QTest::addColumn<QString>("rateFrom");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("expected");
    // ₹45,00,000 at 0.012 USD per INR is $54,000, and back again.
    QTest::newRow("rupees to dollars") << "INR"
                                       << "USD"
                                       << "0.012"
                                       << "INR" << 450000000LL << 5400000LL;
    QTest::newRow("dollars to rupees, rate the other way") << "USD"
                                                           << "INR"
                                                           << "0.012"
                                                           << "INR" << 5400000LL << 450000000LL;
    // ¥1,000,000 at 0.0067 USD per JPY is $6,700.00: no minor unit on one side.
    QTest::newRow("yen to dollars") << "JPY"
                                    << "USD"
                                    << "0.0067"
                                    << "JPY" << 1000000LL << 670000LL;
    // $100 at 150.5 JPY per USD is ¥15,050.
    QTest::newRow("dollars to yen") << "USD"
                                    << "JPY"
                                    << "150.5"
                                    << "USD" << 10000LL << 15050LL;
    // BHD 1.234 at 2.65 USD per BHD is $3.2701: rounds once, to $3.27.
    QTest::newRow("three decimals to two") << "BHD"
                                           << "USD"
                                           << "2.65"
                                           << "BHD" << 1234LL << 327LL;
    // $100 at 3.25 USD per KWD is KWD 30.76923…: KWD 30.769.
    QTest::newRow("two decimals to three") << "USD"
                                           << "KWD"
                                           << "3.25"
                                           << "KWD" << 10000LL << 30769LL;
    // 3 cents at 0.5 is 1.5 cents: halves away from zero, either sign.
    QTest::newRow("half rounds up") << "USD"
                                    << "EUR"
                                    << "0.5"
                                    << "USD" << 3LL << 2LL;
    QTest::newRow("negative half rounds down") << "USD"
                                               << "EUR"
                                               << "0.5"
                                               << "USD" << -3LL << -2LL;
    QTest::newRow("just under half") << "USD"
                                     << "EUR"
                                     << "0.4999"
                                     << "USD" << 3LL << 1LL;
    // The largest amount at the largest rate still converts exactly, in 128 bits.
    QTest::newRow("no overflow") << "USD"
                                 << "VND"
                                 << "25000"
                                 << "USD" << Money::MaximumMinorUnits << Money::MaximumMinorUnits / 100 * 25000;
}

void TestMoney::conversion()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, rate);
    QFETCH(QString, rateFrom);
    QFETCH(qint64, amount);
    QFETCH(qint64, expected);
    ExchangeRate stored;
    stored.from = rateFrom;
    stored.to = rateFrom == from ? to : from;
    stored.rate = rate;
    stored.date = QDate(2026, 11, 1);
    QVERIFY2(stored.problem().isEmpty(), qPrintable(stored.problem()));
    const CurrencyConverter converter({ stored }, to);
    QCOMPARE(converter.convert(amount, from, to), std::optional<qint64>(expected));
    QVERIFY(converter.rateText(from, to).startsWith(rate + QLatin1Char(' ') + stored.to + QStringLiteral(" per ")
                                                    + stored.from));
}

void TestMoney::noRateNoConversion()
{
    ExchangeRate rate {
        0, QStringLiteral("INR"), QStringLiteral("USD"), QStringLiteral("0.012"), QDate(2026, 11, 1), {}
    };
    const CurrencyConverter converter({ rate }, QStringLiteral("USD"));
    QCOMPARE(converter.convert(100, QStringLiteral("EUR"), QStringLiteral("USD")), std::nullopt);
    QCOMPARE(converter.convert(100, QStringLiteral("EUR"), QStringLiteral("EUR")), std::optional<qint64>(100));
    QVERIFY(!converter.canConvert(QStringLiteral("INR"), QStringLiteral("EUR")));
    QCOMPARE(converter.rateText(QStringLiteral("USD"), QStringLiteral("INR")),
             QStringLiteral("0.012 USD per INR, your rate of 1 Nov 2026"));
    rate.to = QStringLiteral("INR");
    QVERIFY(!rate.problem().isEmpty()); // a currency against itself
    // A result past a thousand times the largest amount is refused, not wrapped.
    const ExchangeRate huge {
        0, QStringLiteral("USD"), QStringLiteral("VND"), QStringLiteral("999999999999999"), QDate(2026, 11, 1), {}
    };
    QCOMPARE(
        CurrencyConverter({ huge }, {}).convert(Money::MaximumMinorUnits, QStringLiteral("USD"), QStringLiteral("VND")),
        std::nullopt);
}

void TestMoney::longDatesWithoutTheWeekday_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("US English") << "en_US"
                                << "October 1, 2025";
    QTest::newRow("British English") << "en_GB"
                                     << "1 October 2025";
    QTest::newRow("German") << "de_DE"
                            << "1. Oktober 2025";
    QTest::newRow("French") << "fr_FR"
                            << "1 octobre 2025";
}

void TestMoney::longDatesWithoutTheWeekday()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(DateText::longDate(QDate(2025, 10, 1), QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
