#include "core/plan/PlanFactory.h"
#include "core/io/PlanJson.h"
#include "core/interviews/QuestionBank.h"
#include "core/skills/SkillCatalog.h"
#include "PlanFixture.h"
#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

class TestPlanJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTripIsIdentical_data();
    void roundTripIsIdentical();
    void hostileTextSurvives();
    void formatFiveHasNoRates();
    void formatSixGetsTheBank();
    void badImports_data();
    void badImports();
    void importRefusesExistingFile();

private:
    QByteArray exportOf(const QString &path);
    QByteArray sampleJson();
    QTemporaryDir *m_dir = nullptr;
};

void TestPlanJson::init()
{
    m_dir = new QTemporaryDir;
}

void TestPlanJson::cleanup()
{
    delete m_dir;
}

QByteArray TestPlanJson::exportOf(const QString &path)
{
    QString error;
    auto plan = PlanDatabase::openReadOnly(path, &error);
    QByteArray json;
    if (!plan || !PlanJson::exportPlan(*plan, &json, &error))
        qFatal("export failed: %s", qPrintable(error));
    return json;
}

QByteArray TestPlanJson::sampleJson()
{
    const QString path = m_dir->filePath(QStringLiteral("sample-source.careerplan"));
    QString error;
    if (!QFileInfo::exists(path) && !PlanFactory::createSample(path, &error))
        qFatal("%s", qPrintable(error));
    return exportOf(path);
}

void TestPlanJson::roundTripIsIdentical_data()
{
    QTest::addColumn<int>("content");
    QTest::newRow("reference ladders") << int(testfiles::PlanFixture::Content::ReferenceLadders);
    QTest::newRow("sample plan") << int(testfiles::PlanFixture::Content::Sample);
    QTest::newRow("two currencies and a rate") << int(testfiles::PlanFixture::Content::InRupeesWithRate);
}

void TestPlanJson::roundTripIsIdentical()
{
    QFETCH(int, content);
    testfiles::PlanFixture fixture;
    QVERIFY2(fixture.reset(testfiles::PlanFixture::Content(content)), qPrintable(fixture.error()));
    const QByteArray exported = exportOf(fixture.plan());
    QString error;
    const QString second = m_dir->filePath(QStringLiteral("second.careerplan"));
    QVERIFY2(PlanJson::importPlan(exported, second, &error), qPrintable(error));
    QCOMPARE(exportOf(second), exported);
    QVERIFY(exported.contains("\"minimumMinorUnits\": 6000000"));
    // The rate is the decimal as a string, exactly as it was given.
    if (content == int(testfiles::PlanFixture::Content::InRupeesWithRate))
        QVERIFY2(exported.contains(R"("exchangeRates": [
        {
            "date": "2026-11-01",
            "from": "INR",
            "note": "bank rate",
            "rate": "0.012",
            "to": "USD"
        }
    ])"),
                 exported.constData());
}

void TestPlanJson::hostileTextSurvives()
{
    QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
    // The sample's own ladder: its levels have no skill-matrix rows to rename along.
    QJsonArray ladders = root.value(QStringLiteral("ladders")).toArray();
    QJsonObject ladder = ladders.at(3).toObject();
    QJsonArray levels = ladder.value(QStringLiteral("levels")).toArray();
    QJsonObject level = levels.at(0).toObject();
    const QString hostile
        = QStringLiteral("Robert'); DROP TABLE level;-- \"quoted\" 🚀 مدير e\u0301 ") + QString(3000, QLatin1Char('x'));
    level.insert(QStringLiteral("title"), hostile);
    levels.replace(0, level);
    ladder.insert(QStringLiteral("levels"), levels);
    ladders.replace(3, ladder);
    root.insert(QStringLiteral("ladders"), ladders);
    const QByteArray json = QJsonDocument(root).toJson();

    const QString path = m_dir->filePath(QStringLiteral("hostile.careerplan"));
    QString error;
    QVERIFY2(PlanJson::importPlan(json, path, &error), qPrintable(error));
    QCOMPARE(testfiles::queryValue(path, QStringLiteral("SELECT title FROM level WHERE ladder_id = 4 ORDER BY position "
                                                        "LIMIT 1"))
                 .toString(),
             hostile);
    QCOMPARE(exportOf(path), json);
}

void TestPlanJson::formatFiveHasNoRates()
{
    // A file from before exchange rates imports, with none and the default display currency.
    QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
    root.remove(QStringLiteral("exchangeRates"));
    root.remove(QStringLiteral("displayCurrency"));
    root.remove(QStringLiteral("applications")); // format 8's
    root.remove(QStringLiteral("conversations")); // format 9's
    root.remove(QStringLiteral("promotionCases")); // format 10's
    root.insert(QStringLiteral("formatVersion"), 5);
    const QString path = m_dir->filePath(QStringLiteral("five.careerplan"));
    QString error;
    QVERIFY2(PlanJson::importPlan(QJsonDocument(root).toJson(), path, &error), qPrintable(error));
    const QJsonObject imported = QJsonDocument::fromJson(exportOf(path)).object();
    QCOMPARE(imported.value(QStringLiteral("formatVersion")).toInt(), PlanJson::FormatVersion);
    QCOMPARE(imported.value(QStringLiteral("exchangeRates")).toArray(), QJsonArray());
    QCOMPARE(imported.value(QStringLiteral("displayCurrency")).toString(), QString());
    QCOMPARE(imported.value(QStringLiteral("payPackages")), root.value(QStringLiteral("payPackages")));
}

void TestPlanJson::formatSixGetsTheBank()
{
    // A file from before interview practice gets the question bank, without the tags of a
    // principle the file does not have.
    QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
    root.remove(QStringLiteral("interviews"));
    root.remove(QStringLiteral("applications"));
    root.remove(QStringLiteral("conversations"));
    root.remove(QStringLiteral("promotionCases"));
    QJsonArray skills = root.value(QStringLiteral("skills")).toArray();
    for (qsizetype i = skills.size() - 1; i >= 0; --i) {
        if (skills.at(i).toObject().value(QStringLiteral("key")).toString() == QLatin1String("frugality"))
            skills.removeAt(i);
    }
    root.insert(QStringLiteral("skills"), skills);
    root.insert(QStringLiteral("formatVersion"), 6);
    const QByteArray six = QJsonDocument(root).toJson();
    QVERIFY(!six.contains("frugality"));
    const QString path = m_dir->filePath(QStringLiteral("six.careerplan"));
    QString error;
    QVERIFY2(PlanJson::importPlan(six, path, &error), qPrintable(error));

    QList<Skill> reference;
    SkillMatrix matrix;
    QList<Question> bank;
    QVERIFY2(SkillCatalog::load(&reference, &matrix, &error) && QuestionBank::load(&bank, reference, &error),
             qPrintable(error));
    const QByteArray exported = exportOf(path);
    const QJsonObject interviews
        = QJsonDocument::fromJson(exported).object().value(QStringLiteral("interviews")).toObject();
    QCOMPARE(interviews.value(QStringLiteral("questions")).toArray().size(), bank.size());
    QVERIFY(!exported.contains("frugality"));
    QVERIFY(exported.contains("\"bias_for_action\""));
    // What came in comes back the same on a second round.
    const QString again = m_dir->filePath(QStringLiteral("six-again.careerplan"));
    QVERIFY2(PlanJson::importPlan(exported, again, &error), qPrintable(error));
    QCOMPARE(exportOf(again), exported);
}

void TestPlanJson::badImports_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not JSON") << "garbage"
                              << "not valid JSON";
    QTest::newRow("wrong format") << "format"
                                  << "not a Career Planner export";
    QTest::newRow("newer format") << "version"
                                  << "newer";
    QTest::newRow("last level invalid") << "lastband"
                                        << "ladders[3].levels[2]";
    QTest::newRow("money as text") << "moneytext"
                                   << "whole number";
    QTest::newRow("fractional money") << "moneyfraction"
                                      << "whole number";
    QTest::newRow("unknown key") << "unknown"
                                 << "unknown key";
    QTest::newRow("duplicate ladder") << "duplicate"
                                      << "second ladder";
    QTest::newRow("empty title") << "title"
                                 << "needs a title";
    QTest::newRow("matrix row for no level") << "matrix"
                                             << "skillMatrix: no level";
    QTest::newRow("ladder not an object") << "notobject"
                                          << "ladders[4]: must be an object";
    QTest::newRow("vesting not 100%") << "vesting"
                                      << "payPackages[0]: The tranches add up to 95.00%";
    QTest::newRow("profile not at the latest promotion") << "profile"
                                                         << "but the latest promotion, on 2022-01-10, is to "
                                                            "Program Manager";
    QTest::newRow("promotion after today") << "future"
                                           << "promotions[1]: A promotion that happened is dated today at the latest";
    // Everything else that happened, as the forms refuse it (issue 16, part 2).
    QTest::newRow("check-in after today") << "at:goals/0/checkIns/0/date"
                                          << "goals[0].checkIns[0]: A check-in says where a skill stands";
    QTest::newRow("story after today") << "at:stories/0/date"
                                       << "stories[0]: A STAR story tells what happened";
    QTest::newRow("pay year still to come") << "at:payHistory/0/year"
                                            << "payHistory[0]: Pay history is what you";
    QTest::newRow("started at the level after today") << "at:profile/levelStart"
                                                      << "profile.levelStart: You started at the level you hold";
    QTest::newRow("milestone done after today") << "completion"
                                                << ".milestones[";
    // Exchange rates (issue 17): exact decimals, one per pair whichever way round.
    QTest::newRow("rate as a number") << R"(rates:[{"from": "INR", "to": "USD", "rate": 0.012, "date": "2026-11-01"}])"
                                      << "exchangeRates[0]: “rate” must be text";
    QTest::newRow("rate in exponent form")
        << R"(rates:[{"from": "INR", "to": "USD", "rate": "1.2e-2", "date": "2026-11-01"}])"
        << "exchangeRates[0]: “1.2e-2” is not a rate";
    QTest::newRow("rate of zero") << R"(rates:[{"from": "INR", "to": "USD", "rate": "0", "date": "2026-11-01"}])"
                                  << "exchangeRates[0]: “0” is not a rate";
    QTest::newRow("rate without a date") << R"(rates:[{"from": "INR", "to": "USD", "rate": "0.012"}])"
                                         << "exchangeRates[0]";
    QTest::newRow("pair given twice") << R"(rates:[{"from": "INR", "to": "USD", "rate": "0.012", "date": "2026-11-01"},
                     {"from": "USD", "to": "INR", "rate": "83", "date": "2026-11-02"}])"
                                      << "exchangeRates[1]: a second rate between USD and INR";
    QTest::newRow("display currency not a code") << "display:dollars"
                                                 << "displayCurrency: “dollars”";
}

namespace {

// node with value put at a path of keys and array indexes ("goals", "0", "checkIns", ...).
QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array.replace(index, setAt(array.at(index), path, value));
        return array;
    }
    QJsonObject object = node.toObject();
    object.insert(key, setAt(object.value(key), path, value));
    return object;
}

} // namespace

void TestPlanJson::badImports()
{
    QFETCH(QString, edit);
    QFETCH(QString, errorPart);
    QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
    QJsonArray ladders = root.value(QStringLiteral("ladders")).toArray();
    const auto editBand = [&](int ladderIndex, int levelIndex, const QString &key, const QJsonValue &value) {
        QJsonObject ladder = ladders.at(ladderIndex).toObject();
        QJsonArray levels = ladder.value(QStringLiteral("levels")).toArray();
        QJsonObject level = levels.at(levelIndex).toObject();
        QJsonArray bands = level.value(QStringLiteral("bands")).toArray();
        QJsonObject band = bands.at(0).toObject();
        if (key != QLatin1String("title"))
            band.insert(key, value);
        bands.replace(0, band);
        level.insert(QStringLiteral("bands"), bands);
        if (key == QLatin1String("title"))
            level.insert(QStringLiteral("title"), value);
        levels.replace(levelIndex, level);
        ladder.insert(QStringLiteral("levels"), levels);
        ladders.replace(ladderIndex, ladder);
    };
    QByteArray json;
    if (edit == QLatin1String("garbage")) {
        json = "{\"format\": ";
    } else {
        if (edit == QLatin1String("format"))
            root.insert(QStringLiteral("format"), QStringLiteral("spreadsheet"));
        else if (edit == QLatin1String("version"))
            root.insert(QStringLiteral("formatVersion"), PlanJson::FormatVersion + 1);
        else if (edit == QLatin1String("lastband"))
            editBand(3, 2, QStringLiteral("minimumMinorUnits"), 999999999.0);
        else if (edit == QLatin1String("moneytext"))
            editBand(0, 0, QStringLiteral("minimumMinorUnits"), QStringLiteral("6000000"));
        else if (edit == QLatin1String("moneyfraction"))
            editBand(0, 0, QStringLiteral("minimumMinorUnits"), 6000000.5);
        else if (edit == QLatin1String("unknown"))
            editBand(0, 0, QStringLiteral("colour"), QStringLiteral("blue"));
        else if (edit == QLatin1String("vesting")) {
            QJsonArray packages = root.value(QStringLiteral("payPackages")).toArray();
            QJsonObject package = packages.at(0).toObject();
            QJsonArray vesting = package.value(QStringLiteral("vesting")).toArray();
            vesting.removeAt(0); // drop the 5% tranche
            package.insert(QStringLiteral("vesting"), vesting);
            packages.replace(0, package);
            root.insert(QStringLiteral("payPackages"), packages);
        } else if (edit == QLatin1String("matrix")) {
            QJsonObject matrix = root.value(QStringLiteral("skillMatrix")).toObject();
            QJsonObject program = matrix.value(QStringLiteral("Program Management")).toObject();
            program.insert(QStringLiteral("Head of Everything"), QJsonObject { { QStringLiteral("data"), 5 } });
            matrix.insert(QStringLiteral("Program Management"), program);
            root.insert(QStringLiteral("skillMatrix"), matrix);
        } else if (edit == QLatin1String("profile")) {
            QJsonObject profile = root.value(QStringLiteral("profile")).toObject();
            profile.insert(QStringLiteral("level"), QStringLiteral("Senior Program Manager"));
            root.insert(QStringLiteral("profile"), profile);
        } else if (edit == QLatin1String("future")) {
            QJsonArray promotions = root.value(QStringLiteral("promotions")).toArray();
            QJsonObject latest = promotions.at(1).toObject();
            latest.insert(QStringLiteral("date"), QDate::currentDate().addDays(1).toString(Qt::ISODate));
            promotions.replace(1, latest);
            root.insert(QStringLiteral("promotions"), promotions);
        } else if (edit.startsWith(QLatin1String("at:"))) {
            const QStringList at = edit.mid(3).split(QLatin1Char('/'));
            const QDate tomorrow = QDate::currentDate().addDays(1);
            const QJsonValue late = at.constLast() == QLatin1String("year")
                                        ? QJsonValue(tomorrow.year() + 1)
                                        : QJsonValue(tomorrow.toString(Qt::ISODate));
            root = setAt(root, at, late).toObject();
        } else if (edit == QLatin1String("completion")) {
            const QJsonArray steps = root.value(QStringLiteral("scenarios"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("steps"))
                                         .toArray();
            QStringList at;
            for (int s = 0; s < steps.size() && at.isEmpty(); ++s) {
                const QJsonArray milestones = steps.at(s).toObject().value(QStringLiteral("milestones")).toArray();
                for (int m = 0; m < milestones.size() && at.isEmpty(); ++m) {
                    if (milestones.at(m).toObject().contains(QStringLiteral("completedDate")))
                        at = QStringList { QStringLiteral("scenarios"),    QStringLiteral("0"),
                                           QStringLiteral("steps"),        QString::number(s),
                                           QStringLiteral("milestones"),   QString::number(m),
                                           QStringLiteral("completedDate") };
                }
            }
            QVERIFY2(!at.isEmpty(), "the sample plan has a milestone done");
            root = setAt(root, at, QDate::currentDate().addDays(1).toString(Qt::ISODate)).toObject();
        } else if (edit.startsWith(QLatin1String("rates:"))) {
            root.insert(QStringLiteral("exchangeRates"), QJsonDocument::fromJson(edit.mid(6).toUtf8()).array());
        } else if (edit.startsWith(QLatin1String("display:"))) {
            root.insert(QStringLiteral("displayCurrency"), edit.mid(8));
        } else if (edit == QLatin1String("notobject"))
            ladders.append(42);
        else if (edit == QLatin1String("duplicate"))
            ladders.append(ladders.at(0));
        else if (edit == QLatin1String("title"))
            editBand(1, 0, QStringLiteral("title"), QString());
        root.insert(QStringLiteral("ladders"), ladders);
        json = QJsonDocument(root).toJson();
    }
    const QString path = m_dir->filePath(QStringLiteral("import.careerplan"));
    QString error;
    QVERIFY(!PlanJson::importPlan(json, path, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    // All or nothing: no plan, no temporary file.
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("sample-source.careerplan") });
}

void TestPlanJson::importRefusesExistingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("taken.careerplan"));
    QVERIFY(testfiles::writeBytes(path, "mine"));
    QString error;
    QVERIFY(!PlanJson::importPlan(sampleJson(), path, &error));
    QCOMPARE(testfiles::readBytes(path), QByteArray("mine"));
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
