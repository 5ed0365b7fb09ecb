// The yearly reminder of a career conversation with the manager, on hand-made dates with a
// fixed today: none held, a mentor's, within the week's notice, overdue, a shorter rhythm,
// a booked day coming and passed.
#include "core/conversations/ConversationRhythm.h"

#include <QTest>

using namespace careerplanner;

namespace {

const QDate Today(2026, 12, 3);

CareerConversation held(const QDate &on, CareerConversation::Relation relation = CareerConversation::Relation::Manager,
                        const QDate &next = {})
{
    CareerConversation conversation;
    conversation.id = on.toJulianDay();
    conversation.heldOn = on;
    conversation.person = QStringLiteral("Priya Raman");
    conversation.relation = relation;
    conversation.nextOn = next;
    return conversation;
}

} // namespace

class TestConversationRhythm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theYearlyReminder();
};

void TestConversationRhythm::theYearlyReminder()
{
    using Rhythm = ConversationRhythm;
    // None held: due today.
    Rhythm::Next next = Rhythm::next({}, 12, Today);
    QVERIFY(next.remind);
    QCOMPARE(next.due, Today);
    QVERIFY(next.text.contains(QStringLiteral("at least once a year")));
    // A mentor's conversation does not stand in for the manager's.
    next = Rhythm::next({ held(Today.addDays(-10), CareerConversation::Relation::Mentor) }, 12, Today);
    QVERIFY(next.remind);
    QVERIFY(!next.lastHeld.isValid());
    // Held on 2025-12-20: due a year later, 17 days away, beyond the week's notice.
    next = Rhythm::next({ held(QDate(2025, 12, 20)) }, 12, Today);
    QCOMPARE(next.due, QDate(2026, 12, 20));
    QVERIFY(!next.remind);
    QVERIFY(next.text.isEmpty());
    // Held on 2025-12-09: due in six days, within the week.
    next = Rhythm::next({ held(QDate(2025, 12, 9)) }, 12, Today);
    QCOMPARE(next.due, QDate(2026, 12, 9));
    QVERIFY(next.remind);
    QVERIFY2(next.text.contains(QStringLiteral("12 month"))
                 && next.text.contains(QStringLiteral("after the last one with Priya Raman")),
             qPrintable(next.text));
    // Held on 2025-11-03: thirteen months ago, overdue.
    next = Rhythm::next({ held(QDate(2025, 11, 3)), held(QDate(2024, 11, 1)) }, 12, Today);
    QCOMPARE(next.lastHeld, QDate(2025, 11, 3));
    QCOMPARE(next.due, QDate(2026, 11, 3));
    QVERIFY(next.remind);
    QVERIFY2(next.text.contains(QStringLiteral("No career conversation for 13 month")), qPrintable(next.text));
    // A shorter rhythm the user chose: six months after 2026-05-20 is past.
    next = Rhythm::next({ held(QDate(2026, 5, 20)) }, 6, Today);
    QCOMPARE(next.due, QDate(2026, 11, 20));
    QVERIFY(next.remind);
    // Booked before the rhythm ends: the booked day, reminded a week ahead.
    next = Rhythm::next({ held(QDate(2026, 6, 1), CareerConversation::Relation::Manager, QDate(2026, 12, 8)) }, 12,
                        Today);
    QCOMPARE(next.booked, QDate(2026, 12, 8));
    QCOMPARE(next.due, QDate(2026, 12, 8));
    QVERIFY(next.remind);
    QVERIFY(next.text.startsWith(QStringLiteral("Career conversation on")));
    // Booked and passed without a newer one logged.
    next = Rhythm::next({ held(QDate(2026, 6, 1), CareerConversation::Relation::Manager, QDate(2026, 12, 1)) }, 12,
                        Today);
    QVERIFY(next.remind);
    QVERIFY(next.text.contains(QStringLiteral("is not logged yet")));
    // Booked later than the rhythm allows: the rhythm's end still comes first.
    next = Rhythm::next({ held(QDate(2025, 12, 1), CareerConversation::Relation::Manager, QDate(2027, 2, 1)) }, 12,
                        Today);
    QCOMPARE(next.due, QDate(2026, 12, 1));
}

QTEST_GUILESS_MAIN(TestConversationRhythm)
#include "tst_conversationrhythm.moc"
