// Career conversations and the promotion case without a window: --promotion-case writes
// Markdown that an independent CommonMark reader (cmark-gfm) renders with a heading per
// criterion and the user's markup kept as text, and a PDF whose text (poppler's pdftotext)
// lists every criterion; --level picks the step; --export-csv conversations and feedback read
// back in Python's csv module; mistakes are refused with one line and nothing written.
#include "AppRunner.h"
#include "TestFiles.h"

#include "core/plan/PlanSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;
using testapp::Run;
using testapp::runApp;
using testfiles::readBytes;

namespace {

QByteArray tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning() << program << process.readAllStandardError();
    return process.exitCode() == 0 ? process.readAllStandardOutput() : QByteArray();
}

const char *const ReadCsv = R"(
import sys, csv, json
print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))
)";

} // namespace

class TestCareerCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { delete m_dir; }
    void theCaseInMarkdown();
    void theCaseAsPdf();
    void mistakesAreRefused();
    void conversationsAndFeedbackAsCsv();

private:
    QStringList criteria() const; // of the sample's next step, as the app builds them
    QTemporaryDir *m_dir = nullptr;
    QString m_plan;
};

void TestCareerCommands::initTestCase()
{
    // No skipping: without the readers the files cannot be checked, so the test fails.
    for (const char *name : { "cmark-gfm", "pdftotext" })
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(name)).isEmpty(),
                 "cmark-gfm and poppler-utils are needed (scripts/install-deps.sh installs them)");
}

void TestCareerCommands::init()
{
    m_dir = new QTemporaryDir;
    m_plan = m_dir->filePath(QStringLiteral("s.careerplan"));
    const Run made = runApp({ QStringLiteral("--new"), QStringLiteral("--sample"), m_plan }, m_dir->path());
    QVERIFY2(made.exitCode == 0, made.err.constData());
}

QStringList TestCareerCommands::criteria() const
{
    QString error;
    auto plan = PlanDatabase::openReadOnly(m_plan, &error);
    auto session = plan ? PlanSession::load(std::move(plan), &error) : nullptr;
    QStringList texts;
    if (session) {
        for (const CaseCriterion &criterion : session->promotionCaseStore().caseFor().criteria)
            texts.append(criterion.text);
    }
    return texts;
}

void TestCareerCommands::theCaseInMarkdown()
{
    // A story title with markup in it, to see it stay text.
    {
        QString error;
        auto session = PlanSession::open(m_plan, &error);
        QVERIFY2(session, qPrintable(error));
        Story story = session->storyStore().stories().constFirst();
        story.title = QStringLiteral("<b>Bold</b> *claims* | [x](y)");
        story.tags.append(QStringLiteral("earn_trust"));
        QVERIFY2(session->storyStore().saveStory(story, &error), qPrintable(error));
    }
    const QString md = m_dir->filePath(QStringLiteral("case.md"));
    const Run run
        = runApp({ QStringLiteral("--promotion-case"), m_plan, QStringLiteral("--output"), md }, m_dir->path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QFile::permissions(md) & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
    const QString html
        = QString::fromUtf8(tool(QStringLiteral("cmark-gfm"), { QStringLiteral("-e"), QStringLiteral("table"), md }));
    QVERIFY(html.startsWith(QStringLiteral("<h1>Promotion case: Senior Program Manager</h1>")));
    const QStringList expected = criteria();
    QCOMPARE(expected.size(), 9);
    static const QRegularExpression h3(QStringLiteral("<h3>(\\d+)\\. (.*)</h3>"));
    QStringList headings;
    for (auto it = h3.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        headings.append(match.captured(2));
    }
    QStringList escapedExpected;
    for (const QString &text : expected)
        escapedExpected.append(text.toHtmlEscaped());
    QCOMPARE(headings, escapedExpected); // every criterion, in order
    // A gap says so; the skills table is a table.
    QVERIFY(html.contains(QStringLiteral("<strong>Gap:</strong> no evidence yet.")));
    QVERIFY(html.contains(QStringLiteral("<th>Skill</th>")));
    // The user's markup came through as text, not as tags or links.
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; *claims* | [x](y)")));
    QVERIFY(!html.contains(QStringLiteral("<b>Bold")));
    QVERIFY(!html.contains(QStringLiteral("<a href")));
}

void TestCareerCommands::theCaseAsPdf()
{
    const QString pdf = m_dir->filePath(QStringLiteral("case.pdf"));
    Run run
        = runApp({ QStringLiteral("--promotion-case"), m_plan, QStringLiteral("--output"), pdf }, m_dir->path(), true);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(readBytes(pdf).startsWith("%PDF-"));
    const QString text = QString::fromUtf8(tool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }))
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    QVERIFY(text.contains(QStringLiteral("Promotion case: Senior Program Manager")));
    for (const QString &criterion : criteria())
        QVERIFY2(text.contains(criterion), qPrintable(criterion));
    QVERIFY(text.contains(QStringLiteral("Gap: no evidence yet.")));
    // --level: the step after, Program Management Leader, with its own criteria.
    const QString leader = m_dir->filePath(QStringLiteral("leader.md"));
    run = runApp({ QStringLiteral("--promotion-case"), m_plan, QStringLiteral("--level"),
                   QStringLiteral("Program Management Leader"), QStringLiteral("--output"), leader },
                 m_dir->path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString md = QString::fromUtf8(readBytes(leader));
    QVERIFY(md.startsWith(QStringLiteral("# Promotion case: Program Management Leader\n")));
    QVERIFY(md.contains(QStringLiteral("*To advance from Senior Program Manager*")));
}

void TestCareerCommands::mistakesAreRefused()
{
    const QByteArray before = readBytes(m_plan);
    const QString out = m_dir->filePath(QStringLiteral("case.txt"));
    Run run = runApp({ QStringLiteral("--promotion-case"), m_plan, QStringLiteral("--output"), out }, m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("--promotion-case needs --output OUT.pdf or OUT.md"));
    const QString md = m_dir->filePath(QStringLiteral("case.md"));
    run = runApp({ QStringLiteral("--promotion-case"), m_plan, QStringLiteral("--level"), QStringLiteral("Astronaut"),
                   QStringLiteral("--output"), md },
                 m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.contains("no step ahead on the plan's path is to “Astronaut”"));
    // The level held is no promotion ahead.
    run = runApp({ QStringLiteral("--promotion-case"), m_plan, QStringLiteral("--level"),
                   QStringLiteral("Program Manager"), QStringLiteral("--output"), md },
                 m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(md));
    QCOMPARE(readBytes(m_plan), before);
    run = runApp({ QStringLiteral("--export-csv"), QStringLiteral("talks"), m_plan, QStringLiteral("--output"),
                   m_dir->filePath(QStringLiteral("t.csv")) },
                 m_dir->path());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("conversations or feedback"));
}

void TestCareerCommands::conversationsAndFeedbackAsCsv()
{
    const QString conversations = m_dir->filePath(QStringLiteral("conversations.csv"));
    const QString feedback = m_dir->filePath(QStringLiteral("feedback.csv"));
    for (const auto &[table, file] : { std::pair { QStringLiteral("conversations"), conversations },
                                       std::pair { QStringLiteral("feedback"), feedback } }) {
        const Run run = runApp({ QStringLiteral("--export-csv"), table, m_plan, QStringLiteral("--output"), file },
                               m_dir->path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    const QJsonArray rows
        = QJsonDocument::fromJson(
              tool(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QLatin1String(ReadCsv), conversations }))
              .array();
    QCOMPARE(rows.size(), 3); // the header and the sample's two
    QCOMPARE(rows.at(0).toArray().at(1).toString(), QStringLiteral("with"));
    QCOMPARE(rows.at(1).toArray().at(1).toString(), QStringLiteral("Sam Okafor")); // newest first
    QCOMPARE(rows.at(2).toArray().at(2).toString(), QStringLiteral("manager"));
    QCOMPARE(rows.at(2).toArray().at(5).toString().split(QLatin1Char('\n')).size(), 3); // three actions agreed
    QCOMPARE(rows.at(2).toArray().at(0).toString(), QDate::currentDate().addDays(-358).toString(Qt::ISODate));
    const QJsonArray quotes = QJsonDocument::fromJson(tool(QStringLiteral("/usr/bin/python3"),
                                                           { QStringLiteral("-c"), QLatin1String(ReadCsv), feedback }))
                                  .array();
    QCOMPARE(quotes.size(), 5);
    QCOMPARE(quotes.at(1).toArray().at(1).toString(), QStringLiteral("Morgan Lee"));
    QCOMPARE(quotes.at(1).toArray().at(2).toString(), QStringLiteral("skip_level"));
    QCOMPARE(quotes.at(1).toArray().at(4).toString(), QStringLiteral("Invent and Simplify; Think Big"));
}

QTEST_GUILESS_MAIN(TestCareerCommands)
#include "tst_careercommands.moc"
