// Career conversations and feedback through the window, by keys and clicks: a conversation
// logged with its agreed actions, an action made a milestone of the path and undone, the
// rhythm typed, and a feedback quote added beside the stories and counted in coverage.
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "SessionTestSupport.h"
#include "core/plan/PlanSession.h"
#include "ui/SkillsPage.h"
#include "ui/conversations/ConversationsPage.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace careerplanner;
using testfiles::count;

class TestConversationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void conversationLoggedByKeys();
    void agreedActionMadeAMilestoneAndUndone();
    void rhythmTypedIsKeptAndMovesTheNextDate();
    void feedbackAddedBesideTheStoriesCountsAsEvidence();

private:
    template<typename T> T *child(QObject *parent, const char *name) const
    {
        auto *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }
    static void typeOver(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
    }
    int rowOf(QTableView *table, int column, const QString &text) const;

    guitest::PageFixture<ConversationsPage> m_fixture;
    PlanSession *m_session = nullptr;
    ConversationsPage *m_page = nullptr;
};

void TestConversationsPage::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestConversationsPage::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("conversations.careerplan")), qPrintable(m_fixture.error()));
    m_session = m_fixture.session();
    m_page = m_fixture.page();
}

void TestConversationsPage::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

int TestConversationsPage::rowOf(QTableView *table, int column, const QString &text) const
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, column).data().toString().contains(text))
            return row;
    }
    return -1;
}

void TestConversationsPage::conversationLoggedByKeys()
{
    auto *table = child<QTableView>(m_page, "conversationTable");
    QCOMPARE(table->model()->rowCount(), 2); // the sample's manager and mentor
    const QDate held = QDate::currentDate().addDays(-3);
    const QDate next = held.addMonths(6);
    const bool seen = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            // The manager of the last conversation is offered; a day to come is refused.
            auto *person = child<QLineEdit>(dialog, "conversationPerson");
            QCOMPARE(person->text(), QStringLiteral("Priya Raman"));
            auto *date = child<QWidget>(dialog, "conversationDate");
            typeOver(date, QDate::currentDate().addDays(2).toString(Qt::ISODate));
            QVERIFY(!ok->isEnabled());
            QVERIFY(child<QLabel>(dialog, "conversationMessage")->text().contains(QStringLiteral("today")));
            typeOver(date, held.toString(Qt::ISODate));
            QVERIFY(ok->isEnabled());
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "conversationAskedFor"),
                             QStringLiteral("Senior PM by March; a program of my own"));
            QTest::keyClicks(child<QPlainTextEdit>(dialog, "conversationFeedback"),
                             QStringLiteral("Strong on delivery, quieter with leadership"));
            auto *agreed = child<QPlainTextEdit>(dialog, "conversationAgreed");
            QTest::keyClicks(agreed, QStringLiteral("Present the quarterly review to the VP"));
            QTest::keyClick(agreed, Qt::Key_Return);
            QTest::keyClicks(agreed, QStringLiteral("Mentor a new APM"));
            auto *booked = child<QCheckBox>(dialog, "conversationHasNext");
            booked->setFocus();
            QTest::keyClick(booked, Qt::Key_Space);
            QVERIFY(booked->isChecked());
            typeOver(child<QWidget>(dialog, "conversationNext"), next.toString(Qt::ISODate));
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        [this] { QTest::mouseClick(child<QPushButton>(m_page, "addConversation"), Qt::LeftButton); });
    QVERIFY(seen);

    QCOMPARE(table->model()->rowCount(), 3);
    const QString where = QStringLiteral(" FROM career_conversation WHERE held_on = '%1' AND person = 'Priya Raman' "
                                         "AND relation = 'manager' AND next_on = '%2' AND asked_for LIKE 'Senior PM%'")
                              .arg(held.toString(Qt::ISODate), next.toString(Qt::ISODate));
    QCOMPARE(count(*m_session, QStringLiteral("SELECT count(*)") + where), qint64(1));
    QCOMPARE(count(*m_session, QStringLiteral("SELECT count(*) FROM conversation_action WHERE conversation_id = "
                                              "(SELECT id")
                                   + where
                                   + QStringLiteral(") AND ((position = 0 AND text = 'Present the quarterly review to "
                                                    "the VP') OR (position = 1 AND text = 'Mentor a new APM'))")),
             qint64(2));
    // The new one is chosen, its actions listed, not yet on the plan; the next date is its own.
    auto *actions = child<QTableView>(m_page, "agreedActionTable");
    QCOMPARE(actions->model()->rowCount(), 2);
    QCOMPARE(actions->model()->index(1, 1).data().toString(), QStringLiteral("not yet"));
    QVERIFY2(child<QLabel>(m_page, "conversationNextDue")->text().contains(QLocale().toString(next, "MMMM d, yyyy")),
             qPrintable(child<QLabel>(m_page, "conversationNextDue")->text()));
}

void TestConversationsPage::agreedActionMadeAMilestoneAndUndone()
{
    QSignalSpy recorded(m_session, &PlanSession::editRecorded);
    auto *table = child<QTableView>(m_page, "conversationTable");
    const int priya = rowOf(table, 1, QStringLiteral("Priya Raman"));
    QVERIFY(priya >= 0);
    table->setFocus();
    table->selectRow(priya);
    auto *actions = child<QTableView>(m_page, "agreedActionTable");
    QCOMPARE(actions->model()->rowCount(), 3);
    // The first is the sample's milestone already: it cannot be made twice.
    QVERIFY(actions->model()->index(0, 1).data().toString().startsWith(QStringLiteral("Milestone for")));
    auto *make = child<QPushButton>(m_page, "makeMilestone");
    QTest::mouseClick(actions->viewport(), Qt::LeftButton, {},
                      actions->visualRect(actions->model()->index(0, 0)).center());
    QVERIFY(!make->isEnabled());
    // The third is not on the plan yet: made a milestone of the step chosen.
    QTest::mouseClick(actions->viewport(), Qt::LeftButton, {},
                      actions->visualRect(actions->model()->index(2, 0)).center());
    QVERIFY(make->isEnabled());
    const QString text = actions->model()->index(2, 0).data().toString();
    auto *step = child<QComboBox>(m_page, "milestoneStep");
    QCOMPARE(step->currentText(), QStringLiteral("Senior Program Manager"));
    const QString milestone = QStringLiteral("SELECT count(*) FROM milestone m JOIN path_step s ON s.id = m.step_id "
                                             "WHERE m.title = '%1' AND s.level_title = 'Senior Program Manager'")
                                  .arg(QString(text).replace(QLatin1Char('\''), QStringLiteral("''")));
    QCOMPARE(count(*m_session, milestone), qint64(0));
    QTest::mouseClick(make, Qt::LeftButton);
    QCOMPARE(count(*m_session, milestone), qint64(1));
    QCOMPARE(count(*m_session, QStringLiteral("SELECT count(*) FROM conversation_action a JOIN milestone m ON m.id = "
                                              "a.milestone_id WHERE a.position = 2 AND m.title = a.text")),
             qint64(1));
    QCOMPARE(recorded.size(), 1); // one undo step for both
    QCOMPARE(actions->model()->index(2, 1).data().toString(), QStringLiteral("Milestone for Senior Program Manager"));
    QVERIFY(!make->isEnabled());

    QString error;
    QVERIFY2(testfiles::undoLast(*m_session, recorded, &error), qPrintable(error));
    QCOMPARE(count(*m_session, milestone), qint64(0));
    QCOMPARE(count(*m_session, QStringLiteral("SELECT count(*) FROM conversation_action WHERE position = 2 AND "
                                              "milestone_id IS NOT NULL")),
             qint64(0));
}

void TestConversationsPage::rhythmTypedIsKeptAndMovesTheNextDate()
{
    auto *rhythm = child<QSpinBox>(m_page, "conversationRhythm");
    QCOMPARE(rhythm->value(), 12);
    auto *next = child<QLabel>(m_page, "conversationNextDue");
    const QString before = next->text();
    typeOver(rhythm, QStringLiteral("10"));
    QTest::keyClick(rhythm, Qt::Key_Return);
    QCOMPARE(count(*m_session, QStringLiteral("SELECT count(*) FROM plan_info WHERE key = "
                                              "'conversation_rhythm_months' AND value = '10'")),
             qint64(1));
    QCOMPARE(m_session->conversationStore().rhythmMonths(), 10);
    // The sample's last talk with the manager was almost a year ago: ten months is overdue.
    QVERIFY(next->text() != before);
    QVERIFY2(next->text().contains(QStringLiteral("book the next one")), qPrintable(next->text()));
}

void TestConversationsPage::feedbackAddedBesideTheStoriesCountsAsEvidence()
{
    SkillsPage skills(m_session);
    skills.resize(1200, 800);
    skills.show();
    QVERIFY(guitest::showSubTab(&skills, QStringLiteral("Feedback")));
    auto *quotes = child<QTableView>(&skills, "feedbackTable");
    const int before = quotes->model()->rowCount();
    QCOMPARE(before, 4);
    const auto coverage = [&skills](const QString &principle) {
        QAbstractItemModel *model = skills.findChild<QTableView *>(QStringLiteral("coverageTable"))->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == principle)
                return model->index(row, 2).data().toInt();
        }
        return -1;
    };
    const int frugality = coverage(QStringLiteral("Frugality"));
    QVERIFY(frugality >= 0);
    const bool seen = guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // a quote needs its words
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("feedbackQuote")),
                             QStringLiteral("You cut the vendor bill by a third without slipping a date."));
            QVERIFY(ok->isEnabled());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("feedbackPerson")),
                             QStringLiteral("Dana Whitfield"));
            auto *source = dialog->findChild<QComboBox *>(QStringLiteral("feedbackSource"));
            source->setFocus();
            QTest::keyClick(source, Qt::Key_Down); // manager, then skip-level manager
            QTest::keyClick(source, Qt::Key_Down); // then peer
            auto *principles = dialog->findChild<QListView *>(QStringLiteral("feedbackPrinciples"));
            const QModelIndexList found = principles->model()->match(principles->model()->index(0, 0), Qt::DisplayRole,
                                                                     QStringLiteral("Frugality"), 1, Qt::MatchExactly);
            QCOMPARE(found.size(), 1);
            QTest::mouseClick(principles->viewport(), Qt::LeftButton, {},
                              principles->visualRect(found.first()).center());
            QTest::keyClick(principles, Qt::Key_Space);
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        [&skills] {
            QTest::mouseClick(skills.findChild<QPushButton *>(QStringLiteral("addFeedback")), Qt::LeftButton);
        });
    QVERIFY(seen);
    QCOMPARE(quotes->model()->rowCount(), before + 1);
    QCOMPARE(count(*m_session,
                   QStringLiteral("SELECT count(*) FROM feedback_quote q JOIN feedback_tag t ON t.feedback_id = q.id "
                                  "JOIN skill s ON s.id = t.skill_id WHERE q.person = 'Dana Whitfield' AND q.source = "
                                  "'peer' AND s.name = 'Frugality' AND q.quote LIKE 'You cut the vendor bill%'")),
             qint64(1));
    QCOMPARE(coverage(QStringLiteral("Frugality")), frugality + 1);

    // Searching the quotes finds it by the giver's name.
    QTest::keyClicks(child<QLineEdit>(&skills, "feedbackSearch"), QStringLiteral("whitfield"));
    QCOMPARE(quotes->model()->rowCount(), 1);
    QCOMPARE(quotes->model()->index(0, 1).data().toString(), QStringLiteral("Dana Whitfield, peer"));
}

QTEST_MAIN(TestConversationsPage)
#include "tst_conversationspage.moc"
