// The Applications page driven as a user would: an application added and taken through
// every status by keys, its ladder's stages, a stage with a typed question that joins the
// bank, a reminder marked done, the thank-you draft kept, and the offer made a package.
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "TestFiles.h"
#include "core/plan/PlanSession.h"
#include "ui/applications/ApplicationListModel.h"
#include "ui/applications/ApplicationStagesPanel.h"
#include "ui/applications/ApplicationsPage.h"
#include "ui/applications/StageModel.h"
#include "ui/dashboard/ComingUpCard.h"
#include "ui/widgets/FilteredRecordList.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace careerplanner;
using Content = testfiles::PlanFixture::Content;

class TestApplicationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void throughEveryStatusByKeys();
    void aStageWithATypedQuestion();
    void reminderDoneAndTheThankYouNote();
    void theOfferBecomesAPackage();
    void comingUpOnTheDashboard();

private:
    template<typename T> T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    QVariant query(const QString &sql) const { return testfiles::queryValue(m_fixture.plan(), sql); }
    // Clicks the row of the list that shows company.
    void chooseApplication(const QString &company);
    static void okay(QDialog *dialog)
    {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QString said;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->objectName().endsWith(QLatin1String("Message")))
                said += label->text();
        }
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->windowTitle() + QStringLiteral(": ") + said));
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    guitest::PageFixture<ApplicationsPage> m_fixture;
    ApplicationsPage *m_page = nullptr;
};

void TestApplicationsPage::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestApplicationsPage::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("applications.careerplan"), Content::Sample, { 1300, 850 }),
             qPrintable(m_fixture.error()));
    m_page = m_fixture.page();
}

void TestApplicationsPage::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestApplicationsPage::chooseApplication(const QString &company)
{
    QTableView *table = m_page->list()->table();
    const QModelIndexList found = table->model()->match(table->model()->index(0, ApplicationListModel::CompanyColumn),
                                                        Qt::DisplayRole, company, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(found.first()).center());
}

void TestApplicationsPage::throughEveryStatusByKeys()
{
    // A new application on the Program Management ladder, typed in.
    const bool added = guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *company = dialog->findChild<QLineEdit *>(QStringLiteral("applicationCompany"));
            company->setFocus();
            QTest::keyClicks(company, QStringLiteral("Initech"));
            QTest::keyClick(company, Qt::Key_Tab);
            auto *role = dialog->findChild<QLineEdit *>(QStringLiteral("applicationRole"));
            QTRY_VERIFY(role->hasFocus()); // the form goes down in order
            QTest::keyClicks(role, QStringLiteral("Program Manager, Payments"));
            auto *ladder = dialog->findChild<QComboBox *>(QStringLiteral("applicationLadder"));
            QCOMPARE(ladder->currentText(), QStringLiteral("Program Management")); // the user's own
            okay(dialog);
        },
        [this] { QTest::mouseClick(child<QPushButton>(m_page, "addApplication"), Qt::LeftButton); });
    QVERIFY(added);
    const QString initech = QStringLiteral("SELECT %1 FROM job_application WHERE company = 'Initech'");
    QCOMPARE(query(initech.arg(QStringLiteral("status"))).toString(), QStringLiteral("prospective"));
    QCOMPARE(query(initech.arg(QStringLiteral("status_since"))).toString(), QDate::currentDate().toString(Qt::ISODate));
    // It is chosen, with the usual process: the guides give this ladder no stages of its own.
    StageModel *stages = m_page->details()->stages();
    QCOMPARE(stages->rowCount(), 6);
    QCOMPARE(stages->index(0, StageModel::NameColumn).data().toString(), QStringLiteral("Recruiter screen"));
    QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM application_stage s JOIN job_application a ON a.id = "
                                  "s.application_id WHERE a.company = 'Initech'"))
                 .toInt(),
             6);

    // Each status in turn, one key press down in the dialog's status box each time.
    const QStringList keys { "applied", "recruiter_screen", "phone_screen", "writing_assessment", "loop",
                             "offer",   "accepted",         "rejected",     "withdrawn" };
    for (const QString &key : keys) {
        chooseApplication(QStringLiteral("Initech"));
        const bool edited = guitest::withDialog(
            this,
            [](QDialog *dialog) {
                auto *status = dialog->findChild<QComboBox *>(QStringLiteral("applicationStatus"));
                status->setFocus();
                QTest::keyClick(status, Qt::Key_Down);
                okay(dialog);
            },
            [this] { QTest::mouseClick(child<QPushButton>(m_page, "editApplication"), Qt::LeftButton); });
        QVERIFY(edited);
        QCOMPARE(query(initech.arg(QStringLiteral("status"))).toString(), key);
    }
    // Ended: last in the list, found by the Ended filter and not by Open.
    QAbstractItemModel *rows = m_page->list()->table()->model();
    QCOMPARE(rows->index(rows->rowCount() - 1, ApplicationListModel::CompanyColumn).data().toString(),
             QStringLiteral("Initech"));
    auto *open = child<QComboBox>(m_page, "applicationOpenFilter");
    open->setCurrentIndex(open->findText(QStringLiteral("Ended")));
    QCOMPARE(rows->rowCount(), 1);
    open->setCurrentIndex(open->findText(QStringLiteral("Open")));
    QCOMPARE(rows->rowCount(), 2);
}

void TestApplicationsPage::aStageWithATypedQuestion()
{
    chooseApplication(QStringLiteral("Contoso Retail"));
    const int questionsBefore = query(QStringLiteral("SELECT COUNT(*) FROM question")).toInt();
    const int stagesBefore = m_page->details()->stages()->rowCount();
    const bool added = guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("stageName"));
            name->setFocus();
            QTest::keyClicks(name, QStringLiteral("Follow-up with the director"));
            auto *typed = dialog->findChild<QPlainTextEdit *>(QStringLiteral("stageTypedQuestions"));
            typed->setFocus();
            QTest::keyClicks(typed, QStringLiteral("How would you cut checkout time in half?"));
            okay(dialog);
        },
        [this] { QTest::mouseClick(child<QPushButton>(m_page, "addStage"), Qt::LeftButton); });
    QVERIFY(added);
    QCOMPARE(m_page->details()->stages()->rowCount(), stagesBefore + 1);
    QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM question")).toInt(), questionsBefore + 1);
    QCOMPARE(query(QStringLiteral("SELECT q.text FROM stage_question sq JOIN question q ON q.id = sq.question_id "
                                  "JOIN application_stage s ON s.id = sq.stage_id WHERE s.name = 'Follow-up with "
                                  "the director'"))
                 .toString(),
             QStringLiteral("How would you cut checkout time in half?"));
    // Moved one earlier, it is before the decision no more: it swaps with the stage above.
    const int last = m_page->details()->stages()->rowCount() - 1;
    QCOMPARE(m_page->details()->stages()->index(last, 0).data().toString(),
             QStringLiteral("Follow-up with the director"));
    QTest::mouseClick(child<QPushButton>(m_page, "stageEarlier"), Qt::LeftButton);
    QCOMPARE(m_page->details()->stages()->index(last - 1, 0).data().toString(),
             QStringLiteral("Follow-up with the director"));
}

void TestApplicationsPage::reminderDoneAndTheThankYouNote()
{
    // The sample's loop is tomorrow: its reminder is the one listed.
    QTableView *reminders = m_page->reminders();
    QCOMPARE(reminders->model()->rowCount(), 1);
    QVERIFY(reminders->model()->index(0, 1).data().toString().contains(QStringLiteral("Interview loop")));
    QTest::mouseClick(reminders->viewport(), Qt::LeftButton, {},
                      reminders->visualRect(reminders->model()->index(0, 1)).center());
    QTest::mouseClick(child<QPushButton>(m_page, "reminderDone"), Qt::LeftButton);
    QCOMPARE(reminders->model()->rowCount(), 0);
    QCOMPARE(query(QStringLiteral("SELECT state FROM application_reminder")).toString(), QStringLiteral("done"));

    // The note for Contoso: a draft to the people met, kept as edited.
    chooseApplication(QStringLiteral("Contoso Retail"));
    const bool written = guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("thankYouNote"));
            QVERIFY(note->toPlainText().startsWith(QStringLiteral("Dear Sam Lee, Dana Whitfield")));
            QVERIFY(note->toPlainText().contains(QStringLiteral("Customer Obsession")));
            note->setFocus();
            QTest::keyClick(note, Qt::Key_End, Qt::ControlModifier);
            QTest::keyClicks(note, QStringLiteral("Alex"));
            okay(dialog);
        },
        [this] { QTest::mouseClick(child<QPushButton>(m_page, "writeThankYou"), Qt::LeftButton); });
    QVERIFY(written);
    QVERIFY(query(QStringLiteral("SELECT thank_you FROM job_application WHERE company = 'Contoso Retail'"))
                .toString()
                .endsWith(QStringLiteral("Best regards,\nAlex")));
}

void TestApplicationsPage::theOfferBecomesAPackage()
{
    chooseApplication(QStringLiteral("Amazon"));
    QVERIFY(child<QLabel>(m_page, "offerSummary")->text().contains(QStringLiteral("$165,000")));
    QSignalSpy made(m_page, &ApplicationsPage::payPackageMade);
    const int before = query(QStringLiteral("SELECT COUNT(*) FROM pay_package")).toInt();
    QTest::mouseClick(child<QPushButton>(m_page, "makePayPackage"), Qt::LeftButton);
    QCOMPARE(made.size(), 1);
    QCOMPARE(query(QStringLiteral("SELECT COUNT(*) FROM pay_package")).toInt(), before + 1);
    const QString package = QStringLiteral("SELECT %1 FROM pay_package ORDER BY id DESC LIMIT 1");
    QCOMPARE(query(package.arg(QStringLiteral("name"))).toString(),
             QStringLiteral("Amazon: Senior Program Manager, Fulfillment"));
    QCOMPARE(query(package.arg(QStringLiteral("base_salary"))).toLongLong(), 16'500'000);
    QCOMPARE(query(package.arg(QStringLiteral("sign_on_year1"))).toLongLong(), 6'000'000);
    QCOMPARE(query(package.arg(QStringLiteral("sign_on_year2"))).toLongLong(), 4'500'000);
    // A second click keeps the first package and names the new one apart.
    QTest::mouseClick(child<QPushButton>(m_page, "makePayPackage"), Qt::LeftButton);
    QCOMPARE(query(package.arg(QStringLiteral("name"))).toString(),
             QStringLiteral("Amazon: Senior Program Manager, Fulfillment (2)"));

    // The offer edited by keys: a higher base.
    const bool edited = guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *base = dialog->findChild<QWidget *>(QStringLiteral("offerBase"))->findChild<QLineEdit *>();
            base->setFocus();
            QTest::keyClick(base, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(base, QStringLiteral("172,500"));
            okay(dialog);
        },
        [this] { QTest::mouseClick(child<QPushButton>(m_page, "editOffer"), Qt::LeftButton); });
    QVERIFY(edited);
    QCOMPARE(query(QStringLiteral("SELECT base_salary FROM application_offer")).toLongLong(), 17'250'000);
}

void TestApplicationsPage::comingUpOnTheDashboard()
{
    // The dashboard's card, from the same store: the loop's reminder for tomorrow, then the
    // bar raiser a week later; a click asks for Contoso's application.
    const ApplicationStore &store = m_fixture.session()->applicationStore();
    ComingUpCard card;
    card.resize(900, 250);
    card.showFor(store, QDateTime::currentDateTime());
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QStandardItemModel *rows = card.model();
    QCOMPARE(rows->rowCount(), 2);
    QVERIFY(rows->index(0, 1).data().toString().startsWith(QStringLiteral("Prepare for “Interview loop”")));
    QCOMPARE(rows->index(1, 1).data().toString(), QStringLiteral("Bar raiser"));
    QCOMPARE(rows->index(1, 2).data().toString(), QStringLiteral("Contoso Retail: Senior Product Manager, Checkout"));
    QSignalSpy asked(&card, &ComingUpCard::applicationRequested);
    auto *view = card.findChild<QTreeView *>(QStringLiteral("dashboardComingUp"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(rows->index(1, 1)).center());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toLongLong(), store.applications().first().id);
    // Past both, the thank-you note is still owed; two weeks after the bar raiser with no
    // decision, a follow-up too.
    card.showFor(store, QDateTime::currentDateTime().addDays(21));
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, 1).data().toString(), QStringLiteral("Send a thank-you note"));
    card.showFor(store, QDateTime::currentDateTime().addDays(23));
    QCOMPARE(rows->rowCount(), 2);
    QVERIFY2(rows->index(1, 1).data().toString().contains(QStringLiteral("decision")),
             qPrintable(rows->index(1, 1).data().toString()));
}

QTEST_MAIN(TestApplicationsPage)
#include "tst_applicationspage.moc"
