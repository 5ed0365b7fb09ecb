#include "core/ladders/LevelValidator.h"
#include "core/base/Money.h"

#include <QTest>

using namespace careerplanner;

Q_DECLARE_METATYPE(LevelValidator::Field)

namespace {

CareerLevel validLevel()
{
    CareerLevel level;
    level.title = QStringLiteral("Program Manager");
    SalaryBand band;
    band.minimum = 8000000;
    band.maximum = 15000000;
    level.bands = { band };
    return level;
}

} // namespace

class TestLevelValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validLevelPasses();
    void rules_data();
    void rules();
    void ladderMessagesNameTheLevel();
};

void TestLevelValidator::validLevelPasses()
{
    QVERIFY(LevelValidator::validateLevel(validLevel()).isEmpty());
}

void TestLevelValidator::rules_data()
{
    QTest::addColumn<int>("caseId");
    QTest::addColumn<LevelValidator::Field>("field");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty title") << 0 << LevelValidator::Field::Title << QStringLiteral("needs a title");
    QTest::newRow("blank title") << 1 << LevelValidator::Field::Title << QStringLiteral("needs a title");
    QTest::newRow("negative minimum") << 2 << LevelValidator::Field::BaseBand << QStringLiteral("negative");
    QTest::newRow("minimum above maximum")
        << 3 << LevelValidator::Field::BaseBand << QStringLiteral("above the maximum");
    QTest::newRow("no maximum and not open") << 4 << LevelValidator::Field::BaseBand << QStringLiteral("open-ended");
    QTest::newRow("bad currency") << 5 << LevelValidator::Field::TotalBand << QStringLiteral("three-letter");
    QTest::newRow("years reversed") << 6 << LevelValidator::Field::YearsAtLevel << QStringLiteral("fewer");
    QTest::newRow("negative experience") << 7 << LevelValidator::Field::ExperienceYears << QStringLiteral("negative");
    QTest::newRow("two base bands") << 8 << LevelValidator::Field::BaseBand << QStringLiteral("at most one");
    QTest::newRow("too large") << 9 << LevelValidator::Field::BaseBand << QStringLiteral("too large");
    QTest::newRow("branch path") << 10 << LevelValidator::Field::Branches << QStringLiteral("path");
}

void TestLevelValidator::rules()
{
    QFETCH(int, caseId);
    QFETCH(LevelValidator::Field, field);
    QFETCH(QString, messagePart);
    CareerLevel level = validLevel();
    switch (caseId) {
    case 0:
        level.title.clear();
        break;
    case 1:
        level.title = QStringLiteral("   ");
        break;
    case 2:
        level.bands[0].minimum = -1;
        break;
    case 3:
        level.bands[0].minimum = 20000000;
        break;
    case 4:
        level.bands[0].maximum.reset();
        break;
    case 5: {
        SalaryBand total;
        total.kind = SalaryBand::Kind::TotalCompensation;
        total.currency = QStringLiteral("dollars");
        total.maximum = 1;
        level.bands.append(total);
        break;
    }
    case 6:
        level.yearsAtLevel = { 5, 3, false };
        break;
    case 7:
        level.experienceYears = { -1, std::nullopt, true };
        break;
    case 8:
        level.bands.append(level.bands[0]);
        break;
    case 9:
        level.bands[0].maximum = Money::MaximumMinorUnits + 1;
        break;
    case 10:
        level.branches.append({ QStringLiteral("Group PM"), QStringLiteral("sideways"), QString(), {}, {} });
        break;
    }
    const QList<LevelValidator::Issue> issues = LevelValidator::validateLevel(level);
    const QString message = LevelValidator::firstMessageFor(issues, field);
    QVERIFY2(message.contains(messagePart), qPrintable(message));
}

void TestLevelValidator::ladderMessagesNameTheLevel()
{
    CareerLadder ladder;
    ladder.name = QStringLiteral("Custom");
    CareerLevel bad = validLevel();
    bad.title = QStringLiteral("Staff PM");
    bad.bands[0].minimum = 99900000;
    ladder.levels = { validLevel(), bad };
    const QStringList messages = LevelValidator::validateLadder(ladder);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages[0].startsWith(QStringLiteral("“Staff PM”:")));
    ladder.name.clear();
    QVERIFY(LevelValidator::validateLadder(ladder).first().contains(QStringLiteral("needs a name")));
}

QTEST_GUILESS_MAIN(TestLevelValidator)
#include "tst_levelvalidator.moc"
