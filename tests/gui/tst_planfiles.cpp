// Plan files from the window: Save a Copy As writes a consistent snapshot elsewhere, and a
// plan open in another session is refused with its reason while the window keeps its own.
#include "core/settings/AppSettings.h"
#include "WindowTestSupport.h"
#include "ui/MainWindow.h"
#include "core/storage/PlanDatabase.h"
#include "core/plan/PlanFactory.h"
#include "core/io/PlanJson.h"
#include "core/plan/PlanSession.h"
#include "core/storage/PlanSnapshot.h"
#include "TestFiles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace careerplanner;

class TestPlanFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveACopyAsWritesTheSamePlan();
    void aPlanOpenElsewhereIsRefused();
    void aPlanWithForeignObjectsOffersACleanedCopy();
    void theOpenPlanUnderAnotherNameIsTheSamePlan();
    void openingTheWindowMakesTheDaysBackup();
    void recentPlansKeepTheLastTenMostRecentFirst();
    void newPlanThenOpenRecentGoesBack();
    void reopeningTheLatestPlanLeavesTheSettingsFileAlone();
    void aPlanFailingItsCheckIsNeitherListedNorBackedUp();

private:
    void chooseFile(const QKeySequence &shortcut, const QString &path);
    QByteArray exported(const QString &path);

    QTemporaryDir m_settingsDir;
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestPlanFiles::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestPlanFiles::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath(QStringLiteral("files.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createSample(m_path, &error));
    m_window = guitest::openWindow(m_path, &error);
    QVERIFY2(m_window, qPrintable(error));
}

void TestPlanFiles::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

QByteArray TestPlanFiles::exported(const QString &path)
{
    QString error;
    auto plan = PlanDatabase::openReadOnly(path, &error);
    QByteArray json;
    if (!plan || !PlanJson::exportPlan(*plan, &json, &error))
        return error.toUtf8();
    return json;
}

// Presses the shortcut and types path into the file dialog it opens.
void TestPlanFiles::chooseFile(const QKeySequence &shortcut, const QString &path)
{
    const bool seen = guitest::withDialog(
        this,
        [&path](QDialog *dialog) {
            QVERIFY(qobject_cast<QFileDialog *>(dialog));
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            // Set rather than typed: typing an existing name pops up the completer, which
            // would take the Return key itself.
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
        },
        [this, &shortcut] { QTest::keySequence(m_window, shortcut); });
    QVERIFY(seen);
}

void TestPlanFiles::saveACopyAsWritesTheSamePlan()
{
    const QString copy = m_dir->filePath(QStringLiteral("snapshot.careerplan"));
    chooseFile(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), copy);
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(PlanDatabase::checkReadOnly(copy), QString());
    QCOMPARE(exported(copy), exported(m_path));
    QCOMPARE(QFileInfo(copy).permissions() & 0x0077, QFileDevice::Permissions());
    // The window goes on with the original plan.
    QCOMPARE(m_window->session()->path(), m_path);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("still working in")));
}

void TestPlanFiles::aPlanOpenElsewhereIsRefused()
{
    const QString other = m_dir->filePath(QStringLiteral("other.careerplan"));
    QString error;
    auto elsewhere = PlanFactory::createWithReferenceLadders(other, &error); // held open, as another window would
    QVERIFY2(elsewhere, qPrintable(error));
    const QByteArray before = testfiles::readBytes(other);

    QString reason;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            reason = box->text();
            poll.stop();
            box->accept();
        }
    });
    poll.start(20);
    chooseFile(QKeySequence::Open, other);
    QTRY_VERIFY(!reason.isEmpty());
    QVERIFY2(reason.contains(QStringLiteral("already open in another Career Planner")), qPrintable(reason));
    QCOMPARE(m_window->session()->path(), m_path);
    QCOMPARE(testfiles::readBytes(other), before);
}

void TestPlanFiles::aPlanWithForeignObjectsOffersACleanedCopy()
{
    // A plan with a trigger that would delete the pay history when a story is added.
    const QString hostile = m_dir->filePath(QStringLiteral("hostile.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createSample(hostile, &error));
    QFile::remove(hostile + QStringLiteral(".lock"));
    {
        const QString name = QStringLiteral("tamper");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(hostile);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(
            QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON story BEGIN DELETE FROM pay_history; END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const QByteArray before = testfiles::readBytes(hostile);
    const QString copy = m_dir->filePath(QStringLiteral("hostile (cleaned).careerplan"));

    // The refusal offers the cleaned copy; the save dialog proposes its name and is accepted.
    QString reason;
    QString proposed;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            auto *clean = box->findChild<QAbstractButton *>(QStringLiteral("saveCleanedCopy"));
            reason = box->text();
            if (clean)
                QTest::mouseClick(clean, Qt::LeftButton);
            else
                box->reject();
        } else if (auto *save = qobject_cast<QFileDialog *>(modal);
                   save && save->windowTitle().contains(QStringLiteral("Cleaned"))) {
            auto *name = save->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            proposed = name ? name->text() : QString();
            poll.stop();
            if (name)
                QTest::keyClick(name, Qt::Key_Return);
        }
    });
    poll.start(20);
    chooseFile(QKeySequence::Open, hostile);
    QTRY_COMPARE(m_window->session()->path(), copy);
    QVERIFY2(reason.contains(QStringLiteral("trigger “wipe”")), qPrintable(reason));
    QCOMPARE(proposed, QFileInfo(copy).fileName());
    QCOMPARE(testfiles::readBytes(hostile), before);
    QCOMPARE(testfiles::queryValue(copy, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"))
                 .toInt(),
             0);
    QCOMPARE(testfiles::queryValue(copy, QStringLiteral("SELECT count(*) FROM story")),
             testfiles::queryValue(hostile, QStringLiteral("SELECT count(*) FROM story")));
}

void TestPlanFiles::theOpenPlanUnderAnotherNameIsTheSamePlan()
{
    const QString link = m_dir->filePath(QStringLiteral("link to my plan.careerplan"));
    QVERIFY(QFile::link(m_path, link));
    chooseFile(QKeySequence::Open, link);
    QCOMPARE(m_window->session()->path(), m_path);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("is the plan already open")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestPlanFiles::openingTheWindowMakesTheDaysBackup()
{
    const QStringList backups = PlanSnapshot::backups(m_path);
    QCOMPARE(backups.size(), 1);
    QVERIFY(QFileInfo(backups.constFirst())
                .fileName()
                .startsWith(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    QCOMPARE(exported(backups.constFirst()), exported(m_path));
}

void TestPlanFiles::recentPlansKeepTheLastTenMostRecentFirst()
{
    AppSettings settings;
    settings.clearRecentPlans();
    for (int i = 1; i <= 12; ++i)
        settings.addRecentPlan(m_dir->filePath(QStringLiteral("plan%1.careerplan").arg(i)));
    QStringList plans = settings.recentPlans();
    QCOMPARE(plans.size(), AppSettings::RecentPlansKept);
    QCOMPARE(plans.constFirst(), m_dir->filePath(QStringLiteral("plan12.careerplan")));
    QCOMPARE(plans.constLast(), m_dir->filePath(QStringLiteral("plan3.careerplan")));
    // Opening one again moves it to the top instead of listing it twice.
    settings.addRecentPlan(m_dir->filePath(QStringLiteral("plan5.careerplan")));
    plans = settings.recentPlans();
    QCOMPARE(plans.size(), AppSettings::RecentPlansKept);
    QCOMPARE(plans.constFirst(), m_dir->filePath(QStringLiteral("plan5.careerplan")));
    QCOMPARE(plans.count(m_dir->filePath(QStringLiteral("plan5.careerplan"))), 1);
}

void TestPlanFiles::newPlanThenOpenRecentGoesBack()
{
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.careerplan"));
    chooseFile(QKeySequence::New, fresh);
    QCOMPARE(m_window->session()->path(), fresh);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("fresh")));
    QVERIFY(m_window->session()->payStore().payHistory().isEmpty()); // reference ladders, none of the sample's data
    QVERIFY(!m_window->session()->ladderStore().ladders().isEmpty());
    QCOMPARE(AppSettings().recentPlans().mid(0, 2), (QStringList { fresh, m_path }));

    // File > Open Recent > 2 goes back to the sample plan.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *fileMenu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QTest::keyClick(fileMenu, Qt::Key_R);
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QTRY_VERIFY(recent->isVisible());
    QTest::keyClick(recent, Qt::Key_2);
    QTRY_COMPARE(m_window->session()->path(), m_path);
    QVERIFY(!m_window->session()->payStore().payHistory().isEmpty());
}

namespace {

// The settings file is rewritten through a new file renamed into place: a new inode.
ino_t inodeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

} // namespace

void TestPlanFiles::reopeningTheLatestPlanLeavesTheSettingsFileAlone()
{
    QVERIFY(m_window->close()); // writes where the window was
    delete m_window;
    const QString file = QSettings().fileName();
    const ino_t before = inodeOf(file);
    QVERIFY(before != 0);
    QString error;
    m_window = guitest::openWindow(m_path, &error); // already the most recent plan
    QVERIFY2(m_window, qPrintable(error));
    QCOMPARE(AppSettings().recentPlans().constFirst(), m_path);
    QCOMPARE(inodeOf(file), before);
}

void TestPlanFiles::aPlanFailingItsCheckIsNeitherListedNorBackedUp()
{
    // The window is built from a plan while its whole-file check runs (see AppLauncher);
    // if the check fails, whatever event loop runs before the window goes (the message
    // box saying so) must not list the plan as recent nor back it up.
    const QString damaged = m_dir->filePath(QStringLiteral("damaged.careerplan"));
    QString error;
    QVERIFY2(PlanFactory::createSample(damaged, &error), qPrintable(error));
    QVERIFY(testfiles::damageIndexPage(damaged, QStringLiteral("one_primary_scenario")));
    const QByteArray before = testfiles::readBytes(damaged);
    auto session = PlanSession::open(damaged, &error, PlanDatabase::ContentCheck::Deferred);
    QVERIFY2(session, qPrintable(error)); // it reads fine
    PlanSession *opened = session.get();
    MainWindow window(std::move(session));
    QVERIFY(!opened->verified(&error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QTest::qWait(50); // the window's queued work runs, as in a message box's event loop
    QVERIFY(!AppSettings().recentPlans().contains(damaged));
    QVERIFY(!QFileInfo::exists(PlanSnapshot::backupFolder(damaged)));
    QCOMPARE(testfiles::readBytes(damaged), before);
}

QTEST_MAIN(TestPlanFiles)
#include "tst_planfiles.moc"
