// The Interview prep page driven as a user would: a practice session against a clock the
// test moves by hand (the countdown, the warning, pause, the attempt saved with its
// ratings), the question bank's filters and a new question, and a draft of the writing
// exercise written, saved and exported.
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "TestFiles.h"
#include "core/interviews/PracticeDraw.h"
#include "core/interviews/WritingTemplates.h"
#include "core/plan/PlanSession.h"
#include "ui/interviews/InterviewPrepPage.h"
#include "ui/interviews/PracticePanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace careerplanner;
using Content = testfiles::PlanFixture::Content;

class TestInterviewPrep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void practiceSessionByKeysWithAFakeClock();
    void noLimitCountsUp();
    void questionBankFiltersAndANewQuestion();
    void draftWrittenSavedAndExported();

private:
    template<typename T> T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    // Chooses the entry called text of box with the keyboard, as a user would.
    static void chooseByKeys(QComboBox *box, const QString &text);
    static void typeInto(QSpinBox *box, int value);
    QVariant lastAttempt(const QString &column) const;

    guitest::PageFixture<InterviewPrepPage> m_fixture;
    InterviewPrepPage *m_page = nullptr;
    qint64 m_now = 1'000'000; // the fake clock, in milliseconds
};

void TestInterviewPrep::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestInterviewPrep::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("interviews.careerplan"), Content::Sample, { 1200, 800 }),
             qPrintable(m_fixture.error()));
    m_page = m_fixture.page();
    m_page->practice()->setClockSource([this] { return m_now; });
}

void TestInterviewPrep::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestInterviewPrep::chooseByKeys(QComboBox *box, const QString &text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentText() != text; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentText(), text);
}

void TestInterviewPrep::typeInto(QSpinBox *box, int value)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QString::number(value));
    QCOMPARE(box->value(), value);
}

QVariant TestInterviewPrep::lastAttempt(const QString &column) const
{
    return testfiles::queryValue(
        m_fixture.plan(), QStringLiteral("SELECT %1 FROM practice_attempt ORDER BY id DESC LIMIT 1").arg(column));
}

void TestInterviewPrep::practiceSessionByKeysWithAFakeClock()
{
    PlanSession *session = m_fixture.session();
    const InterviewStore &store = session->interviewStore();
    const QDate today = QDate::currentDate();
    const int dueBefore = PracticeSchedule::dueCount(store.schedule(), today);
    QVERIFY(dueBefore > 0); // the sample has answers due again
    const QList<PracticeDraw::Pick> picks = PracticeDraw::draw(
        store.questions(), store.schedule(),
        StoryCoverage::leadershipPrinciples(session->skillStore().skills(), session->storyStore().stories()), today);
    QCOMPARE(picks.first().reason, PracticeDraw::Reason::Due);
    const qint64 first = picks.first().questionId;
    const int attemptsBefore = int(store.attempts().size());
    auto *summary = child<QLabel>(m_page, "practiceSummary");
    QVERIFY2(summary->text().contains(QStringLiteral("<b>%1 questions</b> due").arg(dueBefore)),
             qPrintable(summary->text()));

    const bool seen = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *time = child<QLabel>(dialog, "practiceTime");
            auto *warning = child<QLabel>(dialog, "practiceWarning");
            QCOMPARE(child<QLabel>(dialog, "practiceProgress")->text(), QStringLiteral("Question 1 of 5"));
            QCOMPARE(child<QLabel>(dialog, "practiceQuestion")->text(),
                     store.questions().at(store.questionIndex(first)).text);
            QCOMPARE(time->text(), QStringLiteral("2:00"));
            QVERIFY(!child<QWidget>(dialog, "practiceSave")->isEnabled()); // rated only once answered

            m_now += 89'500;
            QTRY_COMPARE(time->text(), QStringLiteral("0:31"));
            QCOMPARE(warning->text(), QString());
            m_now += 1'000; // into the last 30 seconds
            QTRY_COMPARE(time->text(), QStringLiteral("0:30"));
            QCOMPARE(warning->text(), QStringLiteral("30 seconds left"));
            QVERIFY(!time->styleSheet().isEmpty());

            auto *pause = child<QPushButton>(dialog, "practicePause");
            QTest::mouseClick(pause, Qt::LeftButton);
            QCOMPARE(pause->text(), QStringLiteral("&Resume"));
            m_now += 60'000; // a paused minute does not count
            QTRY_COMPARE(warning->text(), QStringLiteral("Paused"));
            QCOMPARE(time->text(), QStringLiteral("0:30"));
            QTest::mouseClick(pause, Qt::LeftButton);
            m_now += 10'000;
            QTRY_COMPARE(time->text(), QStringLiteral("0:20"));

            QTest::mouseClick(child<QPushButton>(dialog, "practiceDone"), Qt::LeftButton);
            QCOMPARE(warning->text(), QStringLiteral("Answered in 1:40"));
            m_now += 30'000; // the answer is over: the clock stands
            QTest::qWait(300);
            QCOMPARE(time->text(), QStringLiteral("0:20"));

            auto *story = child<QComboBox>(dialog, "practiceStory");
            chooseByKeys(story, QStringLiteral("I had no story for this"));
            typeInto(child<QSpinBox>(dialog, "practiceStructure"), 5);
            typeInto(child<QSpinBox>(dialog, "practiceResult"), 1);
            auto *note = child<QLineEdit>(dialog, "practiceNote");
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("Lead with the number"));
            QTest::mouseClick(child<QPushButton>(dialog, "practiceSave"), Qt::LeftButton);

            // The next question, with the clock from the start again.
            QCOMPARE(child<QLabel>(dialog, "practiceProgress")->text(), QStringLiteral("Question 2 of 5"));
            QCOMPARE(time->text(), QStringLiteral("2:00"));
        },
        [this] { QTest::mouseClick(child<QPushButton>(m_page, "startPractice"), Qt::LeftButton); });
    QVERIFY(seen);

    // One attempt, as the file holds it.
    QCOMPARE(int(store.attempts().size()), attemptsBefore + 1);
    QCOMPARE(lastAttempt(QStringLiteral("question_id")).toLongLong(), first);
    QCOMPARE(lastAttempt(QStringLiteral("practised_on")).toString(), today.toString(Qt::ISODate));
    QCOMPARE(lastAttempt(QStringLiteral("seconds_taken")).toInt(), 100);
    QCOMPARE(lastAttempt(QStringLiteral("time_limit")).toInt(), 120);
    QVERIFY(lastAttempt(QStringLiteral("story_id")).isNull());
    QCOMPARE(lastAttempt(QStringLiteral("structure")).toInt(), 5);
    QCOMPARE(lastAttempt(QStringLiteral("specificity")).toInt(), 3);
    QCOMPARE(lastAttempt(QStringLiteral("result")).toInt(), 1);
    QCOMPARE(lastAttempt(QStringLiteral("note")).toString(), QStringLiteral("Lead with the number"));
    // Answered today, the question is no longer due: one fewer on the page.
    QVERIFY(!store.schedule().value(first).isDue(today));
    QVERIFY2(summary->text().contains(QStringLiteral("%1 due").arg(
                 dueBefore - 1 == 1 ? QStringLiteral("<b>1 question</b>")
                                    : QStringLiteral("<b>%1 questions</b>").arg(dueBefore - 1))),
             qPrintable(summary->text()));
}

void TestInterviewPrep::noLimitCountsUp()
{
    chooseByKeys(child<QComboBox>(m_page, "practiceLimit"), QStringLiteral("No time limit"));
    const bool seen = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            auto *time = child<QLabel>(dialog, "practiceTime");
            QCOMPARE(time->text(), QStringLiteral("0:00"));
            m_now += 200'000;
            QTRY_COMPARE(time->text(), QStringLiteral("3:20"));
            QCOMPARE(child<QLabel>(dialog, "practiceWarning")->text(), QString());
            QTest::mouseClick(child<QPushButton>(dialog, "practiceDone"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(dialog, "practiceSave"), Qt::LeftButton);
        },
        [this] { QTest::mouseClick(child<QPushButton>(m_page, "startPractice"), Qt::LeftButton); });
    QVERIFY(seen);
    QCOMPARE(lastAttempt(QStringLiteral("seconds_taken")).toInt(), 200);
    QVERIFY(lastAttempt(QStringLiteral("time_limit")).isNull());
}

void TestInterviewPrep::questionBankFiltersAndANewQuestion()
{
    QVERIFY(guitest::showSubTab(m_page, QStringLiteral("Question bank")));
    const InterviewStore &store = m_fixture.session()->interviewStore();
    QAbstractItemModel *rows = child<QTableView>(m_page, "questionTable")->model();
    QCOMPARE(rows->rowCount(), int(store.questions().size()));
    const auto count = [&store](const std::function<bool(const Question &)> &keep) {
        return int(std::count_if(store.questions().cbegin(), store.questions().cend(), keep));
    };
    chooseByKeys(child<QComboBox>(m_page, "questionStageFilter"), QStringLiteral("Bar raiser"));
    const int barRaiser = count([](const Question &q) { return q.stage == QLatin1String("bar_raiser"); });
    QVERIFY(barRaiser > 0);
    QCOMPARE(rows->rowCount(), barRaiser);
    chooseByKeys(child<QComboBox>(m_page, "questionStageFilter"), QStringLiteral("Any stage"));
    // A ladder keeps its own questions and those of every ladder.
    const QString tpm = QStringLiteral("Technical Program Management");
    chooseByKeys(child<QComboBox>(m_page, "questionLadderFilter"), tpm);
    const int forTpm = count([&](const Question &q) { return q.ladders.isEmpty() || q.ladders.contains(tpm); });
    QCOMPARE(rows->rowCount(), forTpm);
    chooseByKeys(child<QComboBox>(m_page, "questionKindFilter"), QStringLiteral("Technical"));
    QCOMPARE(rows->rowCount(), count([&](const Question &q) {
                 return q.kind == QLatin1String("technical") && (q.ladders.isEmpty() || q.ladders.contains(tpm));
             }));
    QVERIFY(rows->rowCount() > 0);
    chooseByKeys(child<QComboBox>(m_page, "questionKindFilter"), QStringLiteral("Any kind"));
    chooseByKeys(child<QComboBox>(m_page, "questionLadderFilter"), QStringLiteral("Any ladder"));
    chooseByKeys(child<QComboBox>(m_page, "questionTagFilter"), QStringLiteral("Frugality"));
    QCOMPARE(rows->rowCount(),
             count([](const Question &q) { return q.principles.contains(QLatin1String("frugality")); }));
    QVERIFY(rows->rowCount() >= 3);
    auto *search = child<QLineEdit>(m_page, "questionSearch");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("zzzz nothing"));
    QCOMPARE(rows->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);

    // A new question, ticked with Think Big: the filter is cleared and it shows, chosen.
    const int before = int(store.questions().size());
    const bool seen = guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // a question needs its text
            auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionText"));
            text->setFocus();
            QTest::keyClicks(text, QStringLiteral("What did you make possible that nobody asked for?"));
            QVERIFY(ok->isEnabled());
            auto *principles = dialog->findChild<QListView *>(QStringLiteral("questionPrinciples"));
            const QModelIndexList found = principles->model()->match(principles->model()->index(0, 0), Qt::DisplayRole,
                                                                     QStringLiteral("Think Big"), 1, Qt::MatchExactly);
            QCOMPARE(found.size(), 1);
            QTest::mouseClick(principles->viewport(), Qt::LeftButton, {},
                              principles->visualRect(found.first()).center());
            QTest::keyClick(principles, Qt::Key_Space);
            QCOMPARE(found.first().data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        [this] { QTest::mouseClick(child<QPushButton>(m_page, "addQuestion"), Qt::LeftButton); });
    QVERIFY(seen);
    QCOMPARE(int(store.questions().size()), before + 1);
    QCOMPARE(rows->rowCount(), before + 1);
    QCOMPARE(
        testfiles::queryValue(m_fixture.plan(),
                              QStringLiteral("SELECT s.key FROM question q JOIN question_tag t ON t.question_id = q.id "
                                             "JOIN skill s ON s.id = t.skill_id WHERE q.text LIKE 'What did you "
                                             "make possible%'"))
            .toString(),
        QStringLiteral("think_big"));
    QVERIFY(
        child<QTextBrowser>(m_page, "questionDetails")->toPlainText().contains(QStringLiteral("Not from the guides")));
}

void TestInterviewPrep::draftWrittenSavedAndExported()
{
    QVERIFY(guitest::showSubTab(m_page, QStringLiteral("Writing exercise")));
    auto *drafts = child<QTableView>(m_page, "draftTable");
    QCOMPARE(drafts->model()->rowCount(), 1); // the sample's
    // New Draft's menu: Blank page, then the templates; the first template is working backwards.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QWidget *menu = QApplication::activePopupWidget();
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>(m_page, "newDraft"), Qt::LeftButton);
    QTRY_COMPARE(drafts->model()->rowCount(), 2);
    auto *body = child<QPlainTextEdit>(m_page, "draftBody");
    QVERIFY(body->toPlainText().startsWith(QStringLiteral("The customer and the problem\n")));
    m_page->activateWindow(); // as the window manager does when the menu goes
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    QTRY_VERIFY(body->hasFocus());
    QTest::keyClicks(body, QStringLiteral("Customers wait a week for refunds."));
    const int words = WritingTemplates::wordCount(body->toPlainText());
    auto *count = child<QLabel>(m_page, "draftCount");
    QVERIFY2(count->text().startsWith(QStringLiteral("%1 words · about %2% of a page")
                                          .arg(words)
                                          .arg(qRound(words * 100.0 / WritingTemplates::WordsPerPage))),
             qPrintable(count->text()));
    QVERIFY(count->text().endsWith(QStringLiteral("not saved")));
    QTest::keyClick(body, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!count->text().endsWith(QStringLiteral("not saved")));
    QCOMPARE(
        testfiles::queryValue(m_fixture.plan(), QStringLiteral("SELECT count(*) FROM writing_draft WHERE body LIKE "
                                                               "'The customer and the problem\nCustomers wait a week%' "
                                                               "AND template = 'working_backwards'"))
            .toInt(),
        1);

    // Exported as text: the title, then what was written.
    const QString out = m_fixture.filePath(QStringLiteral("draft.txt"));
    const bool seen = guitest::withDialog(
        this,
        [&out](QDialog *dialog) {
            QVERIFY(qobject_cast<QFileDialog *>(dialog));
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            name->setText(out);
            QTest::keyClick(name, Qt::Key_Return);
        },
        [this] { QTest::mouseClick(child<QPushButton>(m_page, "exportDraftText"), Qt::LeftButton); });
    QVERIFY(seen);
    QFile text(out);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(text.readAll());
    QVERIFY2(written.startsWith(QStringLiteral("Working backwards from the customer\n\nThe customer and the problem\n"
                                               "Customers wait a week for refunds.")),
             qPrintable(written));
    QCOMPARE(text.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    // And as a PDF, readable by its owner only like every personal export.
    const QString pdf = m_fixture.filePath(QStringLiteral("draft.pdf"));
    QVERIFY(guitest::withDialog(
        this,
        [&pdf](QDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            name->setText(pdf);
            QTest::keyClick(name, Qt::Key_Return);
        },
        [this] { QTest::mouseClick(child<QPushButton>(m_page, "exportDraftPdf"), Qt::LeftButton); }));
    QFile document(pdf);
    QVERIFY(document.open(QIODevice::ReadOnly));
    QVERIFY(document.read(5) == "%PDF-");
    QCOMPARE(document.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

QTEST_MAIN(TestInterviewPrep)
#include "tst_interviewprep.moc"
