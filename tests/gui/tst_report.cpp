// The plan's report as a PDF, read back with poppler's pdfinfo and pdftotext: from the
// window (File ▸ Export Report as PDF, Ctrl+Shift+R) and headless (--report FILE --output
// OUT.pdf with no display). Every section starts a page, in order; every page is numbered;
// the figures are the plan's.
#include "WindowTestSupport.h"
#include "core/settings/AppSettings.h"
#include "ui/MainWindow.h"
#include "core/base/Money.h"
#include "core/pay/PayProjection.h"
#include "core/io/MarketImporter.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "core/interviews/PracticeSchedule.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportWriter.h"
#include "TestFiles.h"

#include <QFileDialog>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportFromTheWindow();
    void headlessReportWithoutDisplay();
    void headlessReportRefusesADamagedPlan();
    void printedReportIsTheSame();
    void aSmallPageShrinksTheCharts();
    void marketSectionHasEachLevelsPercentiles();

private:
    // years: how many years of each package the report projects (the preference).
    void checkReport(const QString &pdf, int years = AppSettings::DefaultProjectionYears);
    // Prints the plan's report through File > Print Report's path to a PDF printer on page.
    bool printTo(const QString &pdf, QPageSize::PageSizeId page);
    static QString tool(const QString &name, const QStringList &arguments);

    QTemporaryDir m_settingsDir;
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
};

void TestReport::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
    // No skipping: without the PDF reader the report cannot be checked, so the test fails.
    for (const char *name : { "pdfinfo", "pdftotext" })
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(name)).isEmpty(),
                 "poppler-utils is needed (scripts/install-deps.sh installs it)");
}

void TestReport::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("report.careerplan"));
    QString error;
    QVERIFY2(PlanFactory::createSample(m_path, &error), qPrintable(error));
}

void TestReport::cleanup()
{
    delete m_dir;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

QString TestReport::tool(const QString &name, const QStringList &arguments)
{
    QProcess process;
    process.start(name, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("(%1 failed: %2)").arg(name, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReport::checkReport(const QString &pdf, int years)
{
    QVERIFY(testfiles::readBytes(pdf).startsWith("%PDF-"));
    const QString info = tool(QStringLiteral("pdfinfo"), { pdf });
    const QRegularExpressionMatch pagesLine
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info);
    QVERIFY(pagesLine.hasMatch());
    // Titled with the plan's name, as viewers and file managers show it.
    const QRegularExpressionMatch titleLine
        = QRegularExpression(QStringLiteral("^Title:\\s+(.+)$"), QRegularExpression::MultilineOption).match(info);
    QVERIFY2(titleLine.hasMatch(), qPrintable(info));
    const QString name
        = testfiles::queryValue(m_path, QStringLiteral("SELECT value FROM plan_info WHERE key = 'name'")).toString();
    QVERIFY(!name.isEmpty());
    QCOMPARE(titleLine.captured(1), QStringLiteral("Career plan: %1").arg(name));
    const int pages = pagesLine.captured(1).toInt();
    const QStringList sections = ReportDocument::sectionTitles();
    QVERIFY2(pages >= sections.size(), qPrintable(QString::number(pages))); // a page at least per section

    QStringList pageTexts;
    for (int page = 1; page <= pages; ++page) {
        const QString text = tool(QStringLiteral("pdftotext"),
                                  { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                    QString::number(page), QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        // Compatibility-normalised: the PDF's fonts set "fi" as one ligature glyph.
        pageTexts.append(text.normalized(QString::NormalizationForm_KC));
        // The last line printed on a page is its number.
        QStringList lines = pageTexts.constLast().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
            lines.removeLast();
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.constLast().trimmed(), QString::number(page));
    }
    // Each section heads a page of its own, in order, the first on page 1.
    int previous = 0;
    QList<int> sectionPages;
    for (const QString &section : sections) {
        int found = 0;
        for (int page = previous + 1; page <= pages && !found; ++page) {
            const QStringList lines = pageTexts.at(page - 1).split(QLatin1Char('\n'));
            if (std::any_of(lines.cbegin(), lines.cend(),
                            [&section](const QString &l) { return l.trimmed() == section; }))
                found = page;
        }
        QVERIFY2(found > previous, qPrintable(section));
        if (section == sections.constFirst())
            QCOMPARE(found, 1);
        sectionPages.append(found);
        previous = found;
    }
    sectionPages.append(pages + 1);
    // A table that runs onto further pages repeats its header row on each (the milestones
    // of the sample plan take more than one page).
    const int milestones = static_cast<int>(sections.indexOf(QStringLiteral("Milestones")));
    QVERIFY(sectionPages.at(milestones + 1) - sectionPages.at(milestones) > 1);
    for (int page = sectionPages.at(milestones); page < sectionPages.at(milestones + 1); ++page) {
        const QRegularExpression header(QStringLiteral("^\\s*For\\s+Milestone\\s+Due\\s+Status\\s+Evidence\\s*$"),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(header.match(pageTexts.at(page - 1)).hasMatch(), qPrintable(QString::number(page)));
    }

    // The plan's own figures and words.
    QString error;
    auto plan = PlanDatabase::openReadOnly(m_path, &error);
    auto session = plan ? PlanSession::load(std::move(plan), &error) : nullptr;
    QVERIFY2(session, qPrintable(error));
    const QString all = pageTexts.join(QLatin1Char('\n'));
    QVERIFY(pageTexts.constFirst().contains(session->pathStore().profile().name));
    QVERIFY(pageTexts.constFirst().contains(QStringLiteral("$80,000 – $150,000+")));
    for (const PayPackage &package : session->payStore().payPackages()) {
        QVERIFY2(all.contains(package.name), qPrintable(package.name));
        const qint64 total = PayProjection::totals(PayProjection::project(package, years)).total();
        QVERIFY2(all.contains(Money::format(total, package.currency)), qPrintable(package.name));
    }
    const Milestone &milestone = session->pathStore().scenarios().constFirst().steps.at(1).milestones.constFirst();
    QVERIFY(all.contains(milestone.title.left(15)));
    QVERIFY(all.contains(QStringLiteral("Customer Obsession")));
    // Interview readiness: the bank's figures, and the sample's draft.
    const InterviewStore &interviews = session->interviewStore();
    const auto practised = std::count_if(interviews.schedule().cbegin(), interviews.schedule().cend(),
                                         [](const PracticeSchedule::State &state) { return state.practised(); });
    QVERIFY(practised > 0);
    QVERIFY2(all.simplified().contains(QStringLiteral("%1 of %2 questions practised in %3 answers")
                                           .arg(practised)
                                           .arg(interviews.questions().size())
                                           .arg(interviews.attempts().size())),
             qPrintable(all.right(3000)));
    QVERIFY(all.contains(interviews.drafts().constFirst().title));
    // Job applications: the two open ones and their next steps, the loop's reminder.
    const QString applications = pageTexts.mid(sectionPages.at(8) - 1).join(QLatin1Char('\n')).simplified();
    QVERIFY2(applications.contains(QStringLiteral("2 open applications; 0 ended.")), qPrintable(applications));
    QVERIFY(applications.contains(QStringLiteral("Contoso Retail: Senior Product"))); // the cell wraps after it
    QVERIFY(applications.contains(QStringLiteral("Decide on the offer")));
    QVERIFY(applications.contains(QStringLiteral("Prepare for “Interview loop”")));
}

void TestReport::exportFromTheWindow()
{
    QString error;
    auto session = PlanSession::open(m_path, &error);
    QVERIFY2(session, qPrintable(error));
    MainWindow window(std::move(session));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    AppSettings().setProjectionYears(6); // the pages' preference is the report's too
    const QString pdf = m_dir->filePath(QStringLiteral("from window.pdf"));
    QVERIFY(guitest::withDialog(
        this,
        [&pdf](QDialog *dialog) {
            QVERIFY(qobject_cast<QFileDialog *>(dialog));
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            name->setText(pdf);
            QTest::keyClick(name, Qt::Key_Return);
        },
        [&window] { QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); }));
    checkReport(pdf, 6);
    AppSettings().setProjectionYears(AppSettings::DefaultProjectionYears);
}

bool TestReport::printTo(const QString &pdf, QPageSize::PageSizeId page)
{
    QString error;
    auto session = PlanSession::open(m_path, &error);
    if (!session) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    printer.setPageSize(QPageSize(page));
    ReportWriter::print(*session, &printer, QDate::currentDate());
    return true;
}

void TestReport::printedReportIsTheSame()
{
    // File > Print Report lays out the same document on the printer's pages; a PDF printer
    // stands in for a real one (the print dialog itself is the system's).
    const QString pdf = m_dir->filePath(QStringLiteral("printed.pdf"));
    QVERIFY(printTo(pdf, QPageSize::A4));
    checkReport(pdf);
}

void TestReport::aSmallPageShrinksTheCharts()
{
    // On A5 the charts are narrowed to the text's width (the page less 2 cm each side),
    // not drawn at their A4 width past the margin, where their right-hand labels were cut.
    const QString pdf = m_dir->filePath(QStringLiteral("a5.pdf"));
    QVERIFY(printTo(pdf, QPageSize::A5));
    const qreal pageWidth = QPageSize(QPageSize::A5).size(QPageSize::Point).width();
    const qreal textWidth = pageWidth - 2 * 2 / 2.54 * 72;
    // "page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio"
    const QStringList lines
        = tool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf }).split(QLatin1Char('\n'));
    int charts = 0;
    for (const QString &line : lines.mid(2)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() < 14)
            continue;
        const qreal drawnWidth = fields.at(3).toDouble() / fields.at(12).toDouble() * 72;
        QVERIFY2(drawnWidth <= textWidth, qPrintable(line));
        QVERIFY2(drawnWidth > textWidth * 0.9, qPrintable(line)); // as wide as the text, not tiny
        ++charts;
    }
    QCOMPARE(charts, 3);
}

void TestReport::marketSectionHasEachLevelsPercentiles()
{
    // Without reports, the section says how to add them.
    const QString empty = m_dir->filePath(QStringLiteral("empty.pdf"));
    QVERIFY(printTo(empty, QPageSize::A4));
    QVERIFY(tool(QStringLiteral("pdftotext"), { empty, QStringLiteral("-") })
                .contains(QStringLiteral("No market reports yet")));

    // Five Program Managers at base 100k … 140k, total 150k … 190k (P10 … P90 by hand, at
    // rank p·4/100: 104k, 110k, 120k, 130k, 136k and 154k … 186k), and three Senior.
    QByteArray csv = "title,base,total\n";
    for (int i = 0; i < 5; ++i)
        csv += "Program Manager," + QByteArray::number(100'000 + 10'000 * i) + ","
               + QByteArray::number(150'000 + 10'000 * i) + "\n";
    for (int i = 0; i < 3; ++i)
        csv += "Senior Program Manager,150000,200000\n";
    const QString reports = m_dir->filePath(QStringLiteral("pm-reports.csv"));
    QVERIFY(testfiles::writeBytes(reports, csv));
    {
        QString error;
        const std::unique_ptr<PlanSession> session = PlanSession::open(m_path, &error);
        QVERIFY2(session, qPrintable(error));
        int added = 0;
        QVERIFY2(MarketImporter::apply(*session, MarketImporter::preview(*session, reports, QDate(2026, 12, 2)), &added,
                                       &error),
                 qPrintable(error));
        QCOMPARE(added, 8);
    }
    const QString pdf = m_dir->filePath(QStringLiteral("market.pdf"));
    QVERIFY(printTo(pdf, QPageSize::A4));
    checkReport(pdf);
    const QString text
        = tool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }).simplified();
    const qsizetype section = text.indexOf(QStringLiteral("Market pay Reports from Imported Reports pm-reports.csv"));
    QVERIFY2(section >= 0, qPrintable(text.left(2000)));
    const QString market = text.mid(section, text.indexOf(QStringLiteral("Milestones"), section) - section);
    QVERIFY2(market.contains(QStringLiteral("Program Management, every company")), qPrintable(market));
    QVERIFY2(market.contains(QStringLiteral("Base salary Level Reports P10 P25 Median P75 P90 "
                                            "Program Manager 5 $104,000 $110,000 $120,000 $130,000 $136,000")),
             qPrintable(market));
    QVERIFY2(market.contains(QStringLiteral("Total compensation Level Reports P10 P25 Median P75 P90 "
                                            "Program Manager 5 $154,000 $160,000 $170,000 $180,000 $186,000")),
             qPrintable(market));
    // The sample's own base pay, $128,000, above three of the five and below two.
    QVERIFY2(market.contains(QStringLiteral("Your base pay is about the 60th percentile of 5 market reports for "
                                            "Program Manager.")),
             qPrintable(market));
    QVERIFY2(market.contains(QStringLiteral("Senior Program Manager 3 too few reports")), qPrintable(market));
    QVERIFY2(market.contains(QStringLiteral("All levels 8")), qPrintable(market));
    QVERIFY2(market.contains(QStringLiteral("PERCENTILE.INC")), qPrintable(market));
}

void TestReport::headlessReportWithoutDisplay()
{
    const QString pdf = m_dir->filePath(QStringLiteral("headless.pdf"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    process.setProcessEnvironment(env);
    const QByteArray planBefore = testfiles::readBytes(m_path);
    process.start(QStringLiteral(CAREERPLANNER_BINARY),
                  { QStringLiteral("--report"), m_path, QStringLiteral("--output"), pdf });
    QVERIFY(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.constData());
    QCOMPARE(err, QByteArray());
    QCOMPARE(testfiles::readBytes(m_path), planBefore); // read, never written
    checkReport(pdf);
}

void TestReport::headlessReportRefusesADamagedPlan()
{
    const QString bad = m_dir->filePath(QStringLiteral("bad.careerplan"));
    QVERIFY(testfiles::writeBytes(bad, QByteArray("not a plan at all")));
    const QString pdf = m_dir->filePath(QStringLiteral("bad.pdf"));
    QProcess process;
    process.start(QStringLiteral(CAREERPLANNER_BINARY),
                  { QStringLiteral("--report"), bad, QStringLiteral("--output"), pdf });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(err.count('\n'), 1);
    QVERIFY(err.contains("not a Career Planner plan"));
    QVERIFY(!QFileInfo::exists(pdf));
    QCOMPARE(testfiles::readBytes(bad), QByteArray("not a plan at all"));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
