// Career conversations in the main window: the dashboard's line for the next one, on
// hand-made dates and a fixed day (when it is due, the reminder once the year has passed,
// a newer conversation logged ending it), its button to the Conversations page, and an
// agreed action made a skill goal in the goals' own form, in one undo step.
#include "GuiTestSupport.h"
#include "SessionTestSupport.h"
#include "WindowTestSupport.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/DashboardPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;

namespace {
// The last talk with the manager; the page is looked at on days around a year after it.
const QDate Held(2025, 9, 1);
} // namespace

class TestConversationsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void remindsOnceAYearHasPassed();
    void buttonOpensTheConversations();
    void agreedActionMadeASkillGoal();

private:
    QString line() const { return m_page->findChild<QLabel *>(QStringLiteral("dashboardConversationDue"))->text(); }
    void logWithManager(const QDate &held, const QString &person, const QStringList &agreed = {});

    QTemporaryDir m_settingsDir;
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
    DashboardPage *m_page = nullptr;
};

void TestConversationsWindow::initTestCase()
{
    guitest::setUpWindowTests(m_settingsDir);
}

void TestConversationsWindow::init()
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

void TestConversationsWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestConversationsWindow::logWithManager(const QDate &held, const QString &person, const QStringList &agreed)
{
    CareerConversation conversation;
    for (const QString &text : agreed)
        conversation.agreed.append({ text });
    conversation.heldOn = held;
    conversation.person = person;
    conversation.relation = CareerConversation::Relation::Manager;
    QString error;
    QVERIFY2(m_window->session()->conversationStore().saveConversation(conversation, &error), qPrintable(error));
}

void TestConversationsWindow::remindsOnceAYearHasPassed()
{
    // Three months ahead of the year's end: the date it is due by, no reminder.
    m_page->setToday(QDate(2026, 6, 1));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("dashboardConversationDue"))->isVisible());
    QCOMPARE(line(), QStringLiteral("Next career conversation with Priya: due by September 1, 2026."));
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("dashboardConversationDue"))->font().bold());
    // Three weeks past it: the reminder, in bold, with how long it has been.
    m_page->setToday(QDate(2026, 9, 22));
    QCOMPARE(line(), QStringLiteral("No career conversation for 12 months, since September 1, 2025 with Priya: "
                                    "book the next one."));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("dashboardConversationDue"))->font().bold());
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

void TestConversationsWindow::buttonOpensTheConversations()
{
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Dashboard")));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("dashboardConversations")), Qt::LeftButton);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Conversations"));
}

void TestConversationsWindow::agreedActionMadeASkillGoal()
{
    const QString agreed = QStringLiteral("Run the quarterly budget negotiation with finance");
    logWithManager(QDate(2026, 11, 2), QStringLiteral("Sam"), { agreed });
    QVERIFY(guitest::showTab(m_window, QStringLiteral("Conversations")));
    auto *conversations = m_window->findChild<QTableView *>(QStringLiteral("conversationTable"));
    QVERIFY(conversations->model()->index(0, 1).data().toString().contains(QStringLiteral("Sam"))); // newest first
    QTest::mouseClick(conversations->viewport(), Qt::LeftButton, {},
                      conversations->visualRect(conversations->model()->index(0, 0)).center());
    auto *actions = m_window->findChild<QTableView *>(QStringLiteral("agreedActionTable"));
    QCOMPARE(actions->model()->rowCount(), 1);
    QTest::mouseClick(actions->viewport(), Qt::LeftButton, {},
                      actions->visualRect(actions->model()->index(0, 0)).center());
    QCOMPARE(actions->model()->index(0, 1).data().toString(), QStringLiteral("not yet"));

    PlanSession &session = *m_window->session();
    QSignalSpy recorded(&session, &PlanSession::editRecorded);
    QString skill;
    const bool seen = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Make a Skill Goal"));
            // The action is the goal's note; the skill and target are the user's to choose.
            QCOMPARE(dialog->findChild<QPlainTextEdit *>()->toPlainText(), agreed);
            auto *skills = dialog->findChild<QComboBox *>(QStringLiteral("goalSkill"));
            skills->setFocus();
            QTest::keyClick(skills, Qt::Key_Down);
            skill = skills->currentText();
            auto *target = dialog->findChild<QSpinBox *>(QStringLiteral("goalTarget"));
            target->setFocus();
            QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(target, QStringLiteral("4"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        [&] { QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("makeGoal")), Qt::LeftButton); });
    QVERIFY(seen);
    QVERIFY(!skill.isEmpty());
    const QString made = QStringLiteral("SELECT count(*) FROM conversation_action a JOIN goal g ON g.id = a.goal_id "
                                        "JOIN skill s ON s.id = g.skill_id WHERE a.text = g.notes AND g.target = 4 "
                                        "AND s.name = '%1'")
                             .arg(QString(skill).replace(QLatin1Char('\''), QStringLiteral("''")));
    QCOMPARE(testfiles::count(session, made), qint64(1));
    QCOMPARE(recorded.size(), 1); // the goal and the action's link, one undo step
    QCOMPARE(actions->model()->index(0, 1).data().toString(), QStringLiteral("Goal: %1").arg(skill));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("makeGoal"))->isEnabled());

    QString error;
    QVERIFY2(testfiles::undoLast(session, recorded, &error), qPrintable(error));
    QCOMPARE(testfiles::count(session, made), qint64(0));
    QCOMPARE(testfiles::count(session, QStringLiteral("SELECT count(*) FROM goal WHERE notes = '%1'").arg(agreed)),
             qint64(0));
}

QTEST_MAIN(TestConversationsWindow)
#include "tst_conversationswindow.moc"
