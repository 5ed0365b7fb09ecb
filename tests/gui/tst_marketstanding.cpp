// Where my own pay stands among the market reports for my level, on a small hand-made set:
// the dashboard places the current base salary, Pay history the latest year's total, each
// once the page is painted; below five reports, or with none, the line is not shown.
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "core/io/MarketImporter.h"
#include "core/market/MarketStanding.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/pay/PayHistoryPage.h"
#include "ui/widgets/MarketStandingLabel.h"
#include "TestFiles.h"

#include <QTest>

using namespace careerplanner;
using Content = testfiles::PlanFixture::Content;

class TestMarketStanding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void ordinals();
    void dashboardPlacesMyBaseSalary();
    void payHistoryPlacesTheLatestYear();

private:
    // Reports for level (by its title, as H-1B files have it) at pay plus each offset, in dollars.
    static void importAround(PlanSession *session, const QString &path, const QString &level, qint64 pay,
                             const QList<int> &offsets, const char *column);

    guitest::PageFixture<DashboardPage> m_dashboard;
    guitest::PageFixture<PayHistoryPage> m_history;
};

void TestMarketStanding::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMarketStanding::cleanup()
{
    m_dashboard.close();
    m_history.close();
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestMarketStanding::importAround(PlanSession *session, const QString &path, const QString &level, qint64 pay,
                                      const QList<int> &offsets, const char *column)
{
    QByteArray csv = QByteArray("company,title,") + column + '\n';
    for (const int offset : offsets)
        csv += "Amazon," + level.toUtf8() + ',' + QByteArray::number(pay / 100 + offset) + '\n';
    QVERIFY(testfiles::writeBytes(path, csv));
    const MarketImporter::Preview preview = MarketImporter::preview(*session, path, QDate(2026, 12, 2));
    int added = 0;
    QString error;
    QVERIFY2(MarketImporter::apply(*session, preview, &added, &error), qPrintable(error));
    QCOMPARE(added, int(offsets.size()));
}

void TestMarketStanding::ordinals()
{
    const QStringList expected { "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "62nd", "100th" };
    QStringList written;
    for (const int n : { 1, 2, 3, 4, 11, 12, 13, 21, 62, 100 })
        written.append(MarketStanding::ordinal(n));
    QCOMPARE(written, expected);
}

void TestMarketStanding::dashboardPlacesMyBaseSalary()
{
    QVERIFY2(m_dashboard.open(QStringLiteral("d.careerplan"), Content::Sample), qPrintable(m_dashboard.error()));
    const DashboardSummary &summary = m_dashboard.page()->summary();
    QVERIFY(summary.pay && summary.band && summary.band->kind == SalaryBand::Kind::Base);
    auto *line = m_dashboard.page()->findChild<MarketStandingLabel *>(QStringLiteral("dashboardMarket"));
    QVERIFY(line && !line->isVisible());

    // Four reports: too few, so no line.
    importAround(m_dashboard.session(), m_dashboard.filePath(QStringLiteral("a.csv")), summary.levelTitle, *summary.pay,
                 { -4000, -3000, 2000, 1000 }, "base");
    QTest::qWait(300); // well past the moment it is worked out
    QVERIFY(!line->isVisible());
    // Six: four below the salary and two above, so 4 of 6 are below: the 67th percentile.
    importAround(m_dashboard.session(), m_dashboard.filePath(QStringLiteral("b.csv")), summary.levelTitle, *summary.pay,
                 { -2000, -1000 }, "base");
    QTRY_VERIFY(line->isVisible());
    QCOMPARE(line->text(), QStringLiteral("Your base pay is about the 67th percentile of 6 market reports for %1.")
                               .arg(summary.levelTitle));
}

void TestMarketStanding::payHistoryPlacesTheLatestYear()
{
    QVERIFY2(m_history.open(QStringLiteral("h.careerplan"), Content::Sample), qPrintable(m_history.error()));
    const PayRecord latest = m_history.session()->payStore().payHistory().constLast();
    auto *line = m_history.page()->findChild<MarketStandingLabel *>(QStringLiteral("historyMarket"));
    QVERIFY(line && !line->isVisible());
    // One report equal to the year's total counts half: (2 + 0.5) of 5 below, the 50th.
    importAround(m_history.session(), m_history.filePath(QStringLiteral("c.csv")), latest.levelTitle, latest.total(),
                 { -2000, -1000, 0, 1000, 2000 }, "total");
    QTRY_VERIFY(line->isVisible());
    QCOMPARE(line->text(), QStringLiteral("Your total pay is about the 50th percentile of 5 market reports for %1.")
                               .arg(latest.levelTitle));
}

QTEST_MAIN(TestMarketStanding)
#include "tst_marketstanding.moc"
