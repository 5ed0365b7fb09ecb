// The dashboard's line for the next career conversation, on hand-made dates and a fixed
// day: when it is due, the reminder once the year has passed, a newer conversation
// logged ending it, and the button that leads to the Conversations page.
#include "WindowTestSupport.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/DashboardPage.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

namespace {
// The last talk with the manager; the page is looked at on days around a year after it.
const QDate Held(2025, 9, 1);
} // namespace

class TestDashboardConversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void remindsOnceAYearHasPassed();
    void buttonOpensTheConversations();

private:
    QString line() const { return m_page->findChild<QLabel *>(QStringLiteral("dashboardConversationDue"))->text(); }
    void logWithManager(const QDate &held, const QString &person);

    QTemporaryDir m_settingsDir;
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
    DashboardPage *m_page = nullptr;
};

void TestDashboardConversation::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestDashboardConversation::init()
{
    m_dir = new QTemporaryDir;
    const QString path = m_dir->filePath(QStringLiteral("conversation.careerplan"));
    QString error;
    QVERIFY(PlanFactory::createSample(path, &error));
    m_window = guitest::openWindow(path, &error);
    QVERIFY2(m_window, qPrintable(error));
    m_page = m_window->findChild<DashboardPage *>();
    QVERIFY(m_page);
    // The sample's own conversations give way to one held on a known day.
    ConversationStore &store = m_window->session()->conversationStore();
    while (!store.conversations().isEmpty())
        QVERIFY2(store.removeConversation(0, &error), qPrintable(error));
    logWithManager(Held, QStringLiteral("Priya"));
}

void TestDashboardConversation::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestDashboardConversation::logWithManager(const QDate &held, const QString &person)
{
    CareerConversation conversation;
    conversation.heldOn = held;
    conversation.person = person;
    conversation.relation = CareerConversation::Relation::Manager;
    QString error;
    QVERIFY2(m_window->session()->conversationStore().saveConversation(conversation, &error), qPrintable(error));
}

void TestDashboardConversation::remindsOnceAYearHasPassed()
{
    // Three months ahead of the year's end: the date it is due by, no reminder.
    m_page->setToday(QDate(2026, 6, 1));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("dashboardConversationDue"))->isVisible());
    QCOMPARE(line(), QStringLiteral("Next career conversation with Priya: due by September 1, 2026."));
    // Three weeks past it: the reminder, in bold, with how long it has been.
    m_page->setToday(QDate(2026, 9, 22));
    QCOMPARE(line(), QStringLiteral("<b>No career conversation for 12 months, since September 1, 2025 with Priya: "
                                    "book the next one.</b>"));
    // A shorter rhythm brings the date forward.
    QString error;
    QVERIFY2(m_window->session()->conversationStore().setRhythmMonths(6, &error), qPrintable(error));
    m_page->setToday(QDate(2026, 1, 15));
    QCOMPARE(line(), QStringLiteral("Next career conversation with Priya: due by March 1, 2026."));
    // A newer conversation logged: the next one is a rhythm after it.
    logWithManager(QDate(2026, 2, 20), QStringLiteral("Sam"));
    m_page->setToday(QDate(2026, 3, 1));
    QCOMPARE(line(), QStringLiteral("Next career conversation with Sam: due by August 20, 2026."));
}

void TestDashboardConversation::buttonOpensTheConversations()
{
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Dashboard")));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("dashboardConversations")), Qt::LeftButton);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Conversations"));
}

QTEST_MAIN(TestDashboardConversation)
#include "tst_dashboardconversation.moc"
