// Applications without a window: --export-ics writes interviews that an independent
// iCalendar parser (Python's icalendar) reads back with the right starts, durations, texts
// and alarms; --export-csv applications reads back in Python's csv module; and hostile text
// (quotes, commas, semicolons, backslashes, line breaks, long names) goes through a JSON
// import, the calendar, the CSV and a JSON export again unchanged.
#include "AppRunner.h"
#include "TestFiles.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using testapp::Run;
using testapp::runApp;
using testfiles::readBytes;

namespace {

// Debian's own Python, which python3-icalendar installs into (a pyenv one may lack it).
const char *const Python = "/usr/bin/python3";

// Prints each event of the .ics file as one JSON object: uid, start in UTC (or the day),
// duration in seconds, summary, description and the alarm's trigger in seconds.
const char *const ReadCalendar = R"(
import sys, json, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for event in cal.walk('VEVENT'):
    start = event.decoded('DTSTART')
    if isinstance(start, datetime.datetime):
        start = start.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    else:
        start = start.isoformat()
    alarms = [a.decoded('TRIGGER').total_seconds() for a in event.walk('VALARM')]
    print(json.dumps({'uid': str(event['UID']), 'stamp': 'DTSTAMP' in event, 'start': start,
                      'seconds': event.decoded('DURATION').total_seconds(), 'summary': str(event['SUMMARY']),
                      'description': str(event.get('DESCRIPTION', '')), 'alarms': alarms}))
)";

// Prints the CSV file's rows as one JSON array of arrays.
const char *const ReadCsv = R"(
import sys, csv, json
print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))
)";

QByteArray python(const char *script, const QString &file)
{
    QProcess process;
    process.start(QLatin1String(Python), { QStringLiteral("-c"), QLatin1String(script), file });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning() << process.readAllStandardError();
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

QList<QJsonObject> events(const QString &ics)
{
    QList<QJsonObject> found;
    for (const QByteArray &line : python(ReadCalendar, ics).split('\n')) {
        if (!line.isEmpty())
            found.append(QJsonDocument::fromJson(line).object());
    }
    return found;
}

QString utc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

class TestApplicationCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void calendarOfTheSample();
    void hostileTextGoesThroughUnchanged();
    void refusesWhatItCannotDo();

private:
    QTemporaryDir *m_dir = nullptr;
};

void TestApplicationCommands::init()
{
    m_dir = new QTemporaryDir;
    QCOMPARE(runApp({ "--new", "--sample", "p.careerplan" }, m_dir->path()).exitCode, 0);
}

void TestApplicationCommands::cleanup()
{
    delete m_dir;
}

void TestApplicationCommands::calendarOfTheSample()
{
    QVERIFY2(QFileInfo::exists(QLatin1String(Python)), "python3-icalendar is installed by scripts/install-deps.sh");
    // Every upcoming interview: the Contoso loop tomorrow at 10:00 and its bar raiser a
    // week later at 13:00, in this computer's zone, an hour each, reminded a day before.
    const Run all = runApp({ "--export-ics", "p.careerplan", "--output", "all.ics" }, m_dir->path());
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(QFileInfo(m_dir->filePath(QStringLiteral("all.ics"))).permissions() & 0x0077, QFile::Permissions());
    const QList<QJsonObject> coming = events(m_dir->filePath(QStringLiteral("all.ics")));
    QCOMPARE(coming.size(), 2);
    const QDate today = QDate::currentDate();
    const QTimeZone local = QTimeZone::systemTimeZone();
    QCOMPARE(coming[0][QLatin1String("start")].toString(), utc(today.addDays(1), QTime(10, 0), local));
    QCOMPARE(coming[1][QLatin1String("start")].toString(), utc(today.addDays(8), QTime(13, 0), local));
    for (const QJsonObject &event : coming) {
        QCOMPARE(event[QLatin1String("seconds")].toDouble(), 3600.0);
        QCOMPARE(event[QLatin1String("alarms")].toArray(), QJsonArray({ -86400.0 }));
        QVERIFY(event[QLatin1String("stamp")].toBool());
        QVERIFY(event[QLatin1String("uid")].toString().endsWith(QLatin1String("@careerplanner")));
        QVERIFY(event[QLatin1String("summary")].toString().contains(QLatin1String("Contoso Retail")));
    }
    QVERIFY(coming[0][QLatin1String("summary")].toString().contains(QLatin1String("Interview loop")));
    QVERIFY(coming[0][QLatin1String("uid")] != coming[1][QLatin1String("uid")]);

    // One application's interviews, past ones included: the same UIDs for the same stages,
    // so that a calendar imports the file again without doubles; the day-only writing
    // exercise as a day.
    const Run one
        = runApp({ "--export-ics", "p.careerplan", "--output", "contoso.ics", "--application", "contoso retail" },
                 m_dir->path());
    QCOMPARE(one.exitCode, 0);
    const QList<QJsonObject> contoso = events(m_dir->filePath(QStringLiteral("contoso.ics")));
    QCOMPARE(contoso.size(), 5);
    QCOMPARE(contoso[0][QLatin1String("start")].toString(), utc(today.addDays(-25), QTime(16, 0), local));
    QCOMPARE(contoso[0][QLatin1String("seconds")].toDouble(), 1800.0);
    QCOMPARE(contoso[2][QLatin1String("start")].toString(), today.addDays(-11).toString(Qt::ISODate));
    QCOMPARE(contoso[3][QLatin1String("uid")], coming[0][QLatin1String("uid")]);
    QCOMPARE(contoso[4][QLatin1String("uid")], coming[1][QLatin1String("uid")]);
}

void TestApplicationCommands::hostileTextGoesThroughUnchanged()
{
    const Run exported = runApp({ "--export-json", "p.careerplan" }, m_dir->path());
    QCOMPARE(exported.exitCode, 0);
    QJsonObject plan = QJsonDocument::fromJson(exported.out).object();
    QJsonArray applications = plan[QLatin1String("applications")].toArray();
    QJsonObject contoso = applications[0].toObject();
    const QString company = QStringLiteral("Contoso, \"Retail\"; Ltd \\ Ünïcödé ✓");
    const QString notes = QStringLiteral("Line one, with a comma;\nline \"two\"\r\n=SUM(A1:A2)");
    const QString longName = QString(150, QChar(0x00e9)) + QStringLiteral(" loop; part 1, \"final\"");
    contoso[QLatin1String("company")] = company;
    contoso[QLatin1String("notes")] = notes;
    QJsonArray stages = contoso[QLatin1String("stages")].toArray();
    QJsonObject loop = stages[3].toObject();
    loop[QLatin1String("name")] = longName;
    loop[QLatin1String("timeZone")] = QStringLiteral("America/New_York");
    stages[3] = loop;
    contoso[QLatin1String("stages")] = stages;
    applications[0] = contoso;
    plan[QLatin1String("applications")] = applications;
    QFile json(m_dir->filePath(QStringLiteral("hostile.json")));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(plan).toJson());
    json.close();
    const Run imported = runApp({ "--import-json", "hostile.json", "h.careerplan" }, m_dir->path());
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    // The calendar: the long name and the company back whole through folding and escaping;
    // the loop's start read in New York's zone.
    QCOMPARE(runApp({ "--export-ics", "h.careerplan", "--output", "h.ics" }, m_dir->path()).exitCode, 0);
    QVERIFY(readBytes(m_dir->filePath(QStringLiteral("h.ics"))).contains("\r\n ")); // folded lines
    const QList<QJsonObject> coming = events(m_dir->filePath(QStringLiteral("h.ics")));
    QCOMPARE(coming.size(), 2);
    const QString summary = coming[0][QLatin1String("summary")].toString();
    QVERIFY2(summary.contains(longName) && summary.contains(company), qPrintable(summary));
    const QDate loopDay = QDate::fromString(loop[QLatin1String("date")].toString(), Qt::ISODate);
    QCOMPARE(coming[0][QLatin1String("start")].toString(),
             utc(loopDay, QTime(10, 0), QTimeZone(QByteArrayLiteral("America/New_York"))));

    // The CSV: a header and a row per application, the text in its own cells.
    QCOMPARE(runApp({ "--export-csv", "applications", "--output", "h.csv", "h.careerplan" }, m_dir->path()).exitCode,
             0);
    const QJsonArray rows = QJsonDocument::fromJson(python(ReadCsv, m_dir->filePath(QStringLiteral("h.csv")))).array();
    QCOMPARE(rows.size(), 3);
    QStringList header;
    for (const QJsonValue &cell : rows[0].toArray())
        header.append(cell.toString());
    QCOMPARE(header.first(), QStringLiteral("company"));
    QCOMPARE(rows[1].toArray().size(), header.size());
    QCOMPARE(rows[1].toArray()[0].toString(), company);
    QCOMPARE(rows[1].toArray()[header.size() - 1].toString(), notes);
    QCOMPARE(rows[1].toArray()[header.indexOf(QStringLiteral("next_stage"))].toString(), longName);
    QCOMPARE(rows[2].toArray()[0].toString(), QStringLiteral("Amazon"));
    QCOMPARE(rows[2].toArray()[header.indexOf(QStringLiteral("offer_base"))].toString(), QStringLiteral("165000.00"));

    // JSON out again: the same applications as went in.
    const Run again = runApp({ "--export-json", "h.careerplan" }, m_dir->path());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(again.out).object()[QLatin1String("applications")].toArray(), applications);
}

void TestApplicationCommands::refusesWhatItCannotDo()
{
    const QByteArray before = readBytes(m_dir->filePath(QStringLiteral("p.careerplan")));
    const Run unknown
        = runApp({ "--export-ics", "p.careerplan", "--output", "x.ics", "--application", "Initech" }, m_dir->path());
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("no application of the plan is called"));
    const Run wrongType = runApp({ "--export-ics", "p.careerplan", "--output", "x.txt" }, m_dir->path());
    QCOMPARE(wrongType.exitCode, 1);
    QVERIFY2(wrongType.err.contains(".ics"), wrongType.err.constData());
    const Run overPlan = runApp({ "--export-ics", "p.careerplan", "--output", "p.careerplan" }, m_dir->path());
    QCOMPARE(overPlan.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.ics"))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.txt"))));
    QCOMPARE(readBytes(m_dir->filePath(QStringLiteral("p.careerplan"))), before);
}

QTEST_GUILESS_MAIN(TestApplicationCommands)
#include "tst_applicationcommands.moc"
