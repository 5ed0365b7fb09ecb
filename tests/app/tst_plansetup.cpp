// The plan the first set-up makes, without a window: `--new FILE --ladder … --level …
// --since …`, read back through the JSON export, and every refusal, which leaves no file.
#include "AppRunner.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using testapp::Run;
using testapp::runApp;

class TestPlanSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setsUpWhereIStand();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir *m_dir = nullptr;
};

void TestPlanSetup::init()
{
    m_dir = new QTemporaryDir;
}

void TestPlanSetup::cleanup()
{
    delete m_dir;
}

void TestPlanSetup::setsUpWhereIStand()
{
    const Run made = runApp({ "--new", "me.careerplan", "--ladder", "Program Management", "--level", "Program Manager",
                              "--since", "2023-03-01", "--base", "128,000", "--total", "150k" },
                            m_dir->path());
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QCOMPARE(made.err, QByteArray());
    const Run exported = runApp({ "--export-json", "me.careerplan" }, m_dir->path());
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(exported.out).object();

    const QJsonObject profile = plan.value(QStringLiteral("profile")).toObject();
    QCOMPARE(profile.value(QStringLiteral("ladder")).toString(), QStringLiteral("Program Management"));
    QCOMPARE(profile.value(QStringLiteral("level")).toString(), QStringLiteral("Program Manager"));
    QCOMPARE(profile.value(QStringLiteral("levelStart")).toString(), QStringLiteral("2023-03-01"));

    // One path, the plan, from the level held (since that day) up to the Vice President,
    // each promotion with the milestones that make its case.
    const QJsonArray scenarios = plan.value(QStringLiteral("scenarios")).toArray();
    QCOMPARE(scenarios.size(), 1);
    QVERIFY(scenarios.at(0).toObject().value(QStringLiteral("primary")).toBool());
    const QJsonArray steps = scenarios.at(0).toObject().value(QStringLiteral("steps")).toArray();
    QVERIFY(steps.size() >= 3);
    QCOMPARE(steps.first().toObject().value(QStringLiteral("level")).toString(), QStringLiteral("Program Manager"));
    QCOMPARE(steps.first().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2023-03-01"));
    QCOMPARE(steps.last().toObject().value(QStringLiteral("level")).toString(),
             QStringLiteral("Vice President of Program Management"));
    for (int i = 1; i < steps.size(); ++i)
        QVERIFY(!steps.at(i).toObject().value(QStringLiteral("milestones")).toArray().isEmpty());

    // This year's pay and the current job: $128,000 base, and the $22,000 more of the
    // $150,000 total kept as bonus.
    const QJsonArray history = plan.value(QStringLiteral("payHistory")).toArray();
    QCOMPARE(history.size(), 1);
    const QJsonObject year = history.first().toObject();
    QCOMPARE(year.value(QStringLiteral("year")).toInt(), QDate::currentDate().year());
    QCOMPARE(year.value(QStringLiteral("level")).toString(), QStringLiteral("Program Manager"));
    QCOMPARE(year.value(QStringLiteral("baseMinorUnits")).toInteger(), 12'800'000);
    QCOMPARE(year.value(QStringLiteral("bonusMinorUnits")).toInteger(), 2'200'000);
    const QJsonArray packages = plan.value(QStringLiteral("payPackages")).toArray();
    QCOMPARE(packages.size(), 1);
    QCOMPARE(packages.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("current_job"));
    QCOMPARE(packages.first().toObject().value(QStringLiteral("baseSalaryMinorUnits")).toInteger(), 12'800'000);
    QCOMPARE(packages.first().toObject().value(QStringLiteral("yearlyBonusMinorUnits")).toInteger(), 2'200'000);

    // A target of one's own: the path stops there.
    const Run aimed = runApp({ "--new", "aim.careerplan", "--ladder", "Program Management", "--level",
                               "Program Manager", "--since", "2023-03-01", "--target", "Senior Program Manager" },
                             m_dir->path());
    QVERIFY2(aimed.exitCode == 0, aimed.err.constData());
    const QJsonArray aimedSteps
        = QJsonDocument::fromJson(runApp({ "--export-json", "aim.careerplan" }, m_dir->path()).out)
              .object()
              .value(QStringLiteral("scenarios"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("steps"))
              .toArray();
    QCOMPARE(aimedSteps.size(), 2);
    QCOMPARE(aimedSteps.last().toObject().value(QStringLiteral("level")).toString(),
             QStringLiteral("Senior Program Manager"));
}

void TestPlanSetup::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("reason");
    const QStringList base { "--new",   "x.careerplan",    "--ladder", "Program Management",
                             "--level", "Program Manager", "--since",  "2023-03-01" };
    const auto with = [&base](const QString &option, const QString &value) {
        QStringList arguments = base;
        const qsizetype at = arguments.indexOf(option);
        if (at >= 0)
            arguments[at + 1] = value;
        else
            arguments << option << value;
        return arguments;
    };
    QTest::newRow("unknown ladder") << with("--ladder", "Basket Weaving")
                                    << QByteArray("no ladder is called “Basket Weaving”");
    QTest::newRow("unknown level") << with("--level", "Chief Wizard")
                                   << QByteArray("“Chief Wizard” is not a level of Program Management");
    QTest::newRow("date in the future") << with("--since", QDate::currentDate().addDays(1).toString(Qt::ISODate))
                                        << QByteArray("after today");
    QTest::newRow("no such date") << with("--since", "2023-02-30")
                                  << QByteArray("--since YYYY-MM-DD (a date that exists)");
    QTest::newRow("target below the level held")
        << with("--target", "Associate Program Manager") << QByteArray("is not above “Program Manager”");
    QTest::newRow("target held already") << with("--target", "Program Manager") << QByteArray("is not above");
    QTest::newRow("negative base") << with("--base", "-5000") << QByteArray("--base: An amount cannot be negative.");
    QTest::newRow("base not a number") << with("--base", "lots") << QByteArray("--base: “lots” is not an amount");
    QTest::newRow("total not a number") << with("--total", "12O000")
                                        << QByteArray("--total: “12O000” is not an amount");
    QTest::newRow("total below base") << with("--base", "150000") + QStringList { "--total", "100000" }
                                      << QByteArray("less than the base salary");
    QTest::newRow("no level") << QStringList { "--new", "x.careerplan", "--ladder", "Program Management" }
                              << QByteArray("--level TITLE");
    QTest::newRow("level without new") << QStringList { "--check", "x.careerplan", "--level", "Program Manager" }
                                       << QByteArray("go with --new");
}

void TestPlanSetup::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, reason);
    const Run run = runApp(arguments, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(reason), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.careerplan"))));
}

QTEST_GUILESS_MAIN(TestPlanSetup)
#include "tst_plansetup.moc"
