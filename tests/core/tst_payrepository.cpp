// Pay packages and pay history in the plan file.
#include "core/ladders/LadderRepository.h"
#include "core/pay/ExchangeRateRepository.h"
#include "core/pay/PayRepository.h"
#include "core/base/Money.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/SamplePlan.h"
#include "TestFiles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;
using testfiles::queryValue;
using testfiles::readBytes;

class TestPayRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void samplePackagesRoundTrip();
    void updateAndRemovePackage();
    void invalidPackagesAreRefusedAndFileUnchanged_data();
    void invalidPackagesAreRefusedAndFileUnchanged();
    void historyIsOnePerYear();
    void historyOutlivesItsLevel();
    void editedRecordMovesToItsNewYear();
    void moneyColumnsRefuseNonIntegers();
    void ratesAreOnePerPairAndExact();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    std::unique_ptr<PlanDatabase> m_plan;
};

void TestPayRepository::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("pay.careerplan"));
    QString error;
    m_plan = PlanFactory::createSample(m_path, &error);
    QVERIFY2(m_plan, qPrintable(error));
}

void TestPayRepository::cleanup()
{
    m_plan.reset();
    delete m_dir;
}

void TestPayRepository::samplePackagesRoundTrip()
{
    PlanContent sample;
    QString error;
    QVERIFY(SamplePlan::build(&sample, &error));
    QList<PayPackage> packages;
    QVERIFY(PayRepository(*m_plan).loadPackages(&packages, &error));
    QCOMPARE(packages.size(), sample.payPackages.size());
    for (int i = 0; i < packages.size(); ++i)
        QVERIFY2(packages[i].sameContentAs(sample.payPackages[i]), qPrintable(packages[i].name));
    QCOMPARE(packages[0].grantValue(), 180'000 * 100);
    QCOMPARE(packages[0].vesting, VestingSchedule::amazonDefault());
    QList<PayRecord> history;
    QVERIFY(PayRepository(*m_plan).loadHistory(&history, &error));
    QCOMPARE(history, sample.payHistory);
}

void TestPayRepository::updateAndRemovePackage()
{
    PayRepository repository(*m_plan);
    QList<PayPackage> packages;
    QString error;
    QVERIFY(repository.loadPackages(&packages, &error));
    PayPackage changed = packages[1];
    changed.baseSalary = 13'000'001;
    changed.vesting = VestingSchedule::fromYearlyPercentages({ 2500, 2500, 2500, 2500 }, 4);
    QVERIFY2(repository.updatePackage(changed, &error), qPrintable(error));
    QCOMPARE(queryValue(m_path, QStringLiteral("SELECT base_salary FROM pay_package WHERE id = %1").arg(changed.id)),
             QVariant(13'000'001LL));
    QCOMPARE(
        queryValue(m_path, QStringLiteral("SELECT count(*) FROM vesting_tranche WHERE package_id = %1").arg(changed.id))
            .toInt(),
        16);
    QVERIFY(repository.removePackage(changed.id, &error));
    QCOMPARE(
        queryValue(m_path, QStringLiteral("SELECT count(*) FROM vesting_tranche WHERE package_id = %1").arg(changed.id))
            .toInt(),
        0);
}

void TestPayRepository::invalidPackagesAreRefusedAndFileUnchanged_data()
{
    QTest::addColumn<int>("caseId");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("schedule sums to 99%") << 0 << QStringLiteral("99.00%");
    QTest::newRow("negative base") << 1 << QStringLiteral("negative");
    QTest::newRow("empty name") << 2 << QStringLiteral("needs a name");
    QTest::newRow("duplicate name") << 3 << QStringLiteral("already a package");
    QTest::newRow("absurd raise") << 4 << QStringLiteral("raise");
    QTest::newRow("beyond the money cap") << 5 << QStringLiteral("too large");
}

void TestPayRepository::invalidPackagesAreRefusedAndFileUnchanged()
{
    QFETCH(int, caseId);
    QFETCH(QString, messagePart);
    PayRepository repository(*m_plan);
    QList<PayPackage> packages;
    QString error;
    QVERIFY(repository.loadPackages(&packages, &error));
    PayPackage package = packages[0];
    package.id = 0;
    package.name = QStringLiteral("Another offer");
    switch (caseId) {
    case 0:
        package.vesting = VestingSchedule({ { 12, 500 }, { 24, 1500 }, { 36, 4000 }, { 48, 3900 } });
        break;
    case 1:
        package.baseSalary = -1;
        break;
    case 2:
        package.name = QStringLiteral("  ");
        break;
    case 3:
        package.name = packages[1].name;
        break;
    case 4:
        package.annualRaiseBasisPoints = 20'000;
        break;
    case 5:
        package.yearlyBonus = Money::MaximumMinorUnits + 1;
        break;
    }
    const QByteArray before = readBytes(m_path);
    QVERIFY(!repository.insertPackage(package, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QCOMPARE(readBytes(m_path), before);
}

void TestPayRepository::historyIsOnePerYear()
{
    PayRepository repository(*m_plan);
    PayRecord record;
    record.year = 2025;
    record.ladderName = QStringLiteral("Program Management");
    record.levelTitle = QStringLiteral("Senior Program Manager");
    record.base = 15'000'000;
    QString error;
    QVERIFY2(repository.saveRecord(record, &error), qPrintable(error));
    QCOMPARE(queryValue(m_path, QStringLiteral("SELECT count(*) FROM pay_history WHERE year = 2025")).toInt(), 1);
    QCOMPARE(queryValue(m_path, QStringLiteral("SELECT base FROM pay_history WHERE year = 2025")),
             QVariant(15'000'000LL));
    QVERIFY(queryValue(m_path, QStringLiteral("SELECT level_id FROM pay_history WHERE year = 2025")).toLongLong() > 0);
    record.year = 1900;
    QVERIFY(!repository.saveRecord(record, &error));
    QVERIFY(error.contains(QStringLiteral("1950")));
}

void TestPayRepository::historyOutlivesItsLevel()
{
    QList<CareerLadder> ladders;
    QString error;
    LadderRepository ladderRepository(*m_plan);
    QVERIFY(ladderRepository.loadAll(&ladders, &error));
    QVERIFY(ladderRepository.removeLevel(ladders[0].levels[0].id, &error)); // Associate Program Manager
    QList<PayRecord> history;
    QVERIFY(PayRepository(*m_plan).loadHistory(&history, &error));
    QCOMPARE(history[0].levelTitle, QStringLiteral("Associate Program Manager"));
    QCOMPARE(history[0].ladderName, QStringLiteral("Program Management"));
    QVERIFY(queryValue(m_path, QStringLiteral("SELECT level_id FROM pay_history WHERE year = 2020")).isNull());
}

void TestPayRepository::editedRecordMovesToItsNewYear()
{
    PayRepository repository(*m_plan);
    QList<PayRecord> history;
    QString error;
    QVERIFY(repository.loadHistory(&history, &error));
    PayRecord moved = history.constLast(); // 2025
    moved.year = 2026;
    QVERIFY2(repository.saveRecord(moved, &error), qPrintable(error));
    QVERIFY(repository.loadHistory(&history, &error));
    QCOMPARE(history.size(), 6);
    QCOMPARE(history.constLast().year, 2026);
    QCOMPARE(queryValue(m_path, QStringLiteral("SELECT count(*) FROM pay_history WHERE year = 2025")).toInt(), 0);
    // Moving onto a year that is already recorded replaces that year.
    moved = history.constLast();
    moved.year = 2020;
    QVERIFY(repository.saveRecord(moved, &error));
    QVERIFY(repository.loadHistory(&history, &error));
    QCOMPARE(history.size(), 5);
    QCOMPARE(history.constFirst().base, 12'400'000);
}

void TestPayRepository::moneyColumnsRefuseNonIntegers()
{
    QSqlQuery query(m_plan->connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE pay_package SET base_salary = 1.5")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("CHECK")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE pay_history SET bonus = 'a lot'")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE vesting_tranche SET basis_points = 0")));
}

void TestPayRepository::ratesAreOnePerPairAndExact()
{
    ExchangeRateRepository repository(*m_plan);
    QString error;
    ExchangeRate rate { 0,
                        QStringLiteral("INR"),
                        QStringLiteral("USD"),
                        QStringLiteral("0.01200"),
                        QDate(2026, 11, 1),
                        QStringLiteral("offer letter") };
    QVERIFY2(repository.insert(rate, &error), qPrintable(error));
    // Stored as the exact decimal, without its needless zeros.
    QCOMPARE(queryValue(m_path, QStringLiteral("SELECT rate FROM exchange_rate")).toString(), QStringLiteral("0.012"));

    // The same pair the other way round is the same rate: refused, with the reason.
    const QByteArray before = readBytes(m_path);
    ExchangeRate reverse { 0, QStringLiteral("USD"), QStringLiteral("INR"), QStringLiteral("83.3"), QDate(2026, 11, 2),
                           {} };
    QVERIFY(!repository.insert(reverse, &error));
    QVERIFY2(error.contains(QStringLiteral("already has a rate between USD and INR")), qPrintable(error));
    for (const QString &bad : { QStringLiteral("0"), QStringLiteral("-0.5"), QStringLiteral("1e3") }) {
        ExchangeRate refused { 0, QStringLiteral("EUR"), QStringLiteral("USD"), bad, QDate(2026, 11, 2), {} };
        QVERIFY(!repository.insert(refused, &error));
        QVERIFY(error.contains(bad));
    }
    QCOMPARE(readBytes(m_path), before);

    QList<ExchangeRate> loaded;
    QVERIFY2(repository.load(&loaded, &error), qPrintable(error));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.constFirst().rate, QStringLiteral("0.012"));
    QCOMPARE(loaded.constFirst().date, QDate(2026, 11, 1));
    QCOMPARE(loaded.constFirst().note, QStringLiteral("offer letter"));

    // The display currency is a plan setting; an empty one means the default.
    QCOMPARE(repository.displayCurrency(), QString());
    QVERIFY(!repository.setDisplayCurrency(QStringLiteral("usd"), &error));
    QVERIFY(repository.setDisplayCurrency(QStringLiteral("INR"), &error));
    QCOMPARE(repository.displayCurrency(), QStringLiteral("INR"));
}

QTEST_GUILESS_MAIN(TestPayRepository)
#include "tst_payrepository.moc"
