// The STAR story bank on the Skills & stories tab, driven as a user would: writing a story
// tagged with two principles moves the coverage view, searching and the principle filter
// narrow the story list, and the résumé lines put the measurable outcomes first, to copy.
#include "ui/charts/ChartView.h"
#include "ui/skills/GoalsPanel.h"
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "core/plan/PlanFactory.h"
#include "core/plan/PlanSession.h"
#include "ui/skills/ReadinessPanel.h"
#include "core/skills/SkillReadiness.h"
#include "ui/SkillsPage.h"
#include "core/stories/StoryCoverage.h"
#include "TestFiles.h"

#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace careerplanner;
using Content = testfiles::PlanFixture::Content;

class TestStoryBank : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addingAStoryWithTwoPrinciplesUpdatesCoverage();
    void searchAndPrincipleFilterNarrowTheStories();
    void resumeLinesPutMeasurableOutcomesFirst();

private:
    void showSubTab(const QString &name) { QVERIFY2(guitest::showSubTab(m_page, name), qPrintable(name)); }
    int coverageOf(const QString &principle) const;
    QTableView *table(const QString &name) const { return m_page->findChild<QTableView *>(name); }

    QString m_path;
    guitest::PageFixture<SkillsPage> m_fixture;
    PlanSession *m_session = nullptr;
    SkillsPage *m_page = nullptr;
};

void TestStoryBank::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestStoryBank::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("stories.careerplan"), Content::Sample, { 1200, 800 }),
             qPrintable(m_fixture.error()));
    m_path = m_fixture.plan();
    m_session = m_fixture.session();
    m_page = m_fixture.page();
}

void TestStoryBank::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestStoryBank::addingAStoryWithTwoPrinciplesUpdatesCoverage()
{
    showSubTab(QStringLiteral("STAR stories"));
    const int ownership = coverageOf(QStringLiteral("Ownership"));
    const int thinkBig = coverageOf(QStringLiteral("Think Big"));
    const int stories = table(QStringLiteral("storyTable"))->model()->rowCount();
    const QList<StoryCoverage::Row> before
        = StoryCoverage::leadershipPrinciples(m_session->skillStore().skills(), m_session->storyStore().stories());
    QCOMPARE(ownership, 1); // the sample leaves both thin
    QCOMPARE(thinkBig, 0);
    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("coverageSummary"));
    QVERIFY(summary->text().startsWith(QStringLiteral("14 of 16")));

    const bool seen = guitest::withDialog(
        this,
        [](QDialog *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // a story needs a title
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("storyTitle")),
                             QStringLiteral("Owning the migration nobody wanted"));
            QVERIFY(ok->isEnabled());
            auto *principles = dialog->findChild<QListView *>(QStringLiteral("storyPrinciples"));
            for (const QString &name : { QStringLiteral("Ownership"), QStringLiteral("Think Big") }) {
                const QModelIndexList found = principles->model()->match(principles->model()->index(0, 0),
                                                                         Qt::DisplayRole, name, 1, Qt::MatchExactly);
                QCOMPARE(found.size(), 1);
                QTest::mouseClick(principles->viewport(), Qt::LeftButton, {},
                                  principles->visualRect(found.first()).center());
                QTest::keyClick(principles, Qt::Key_Space);
                QCOMPARE(found.first().data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
            }
            QTest::mouseClick(ok, Qt::LeftButton);
        },
        [this] { QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addStory")), Qt::LeftButton); });
    QVERIFY(seen);

    QCOMPARE(table(QStringLiteral("storyTable"))->model()->rowCount(), stories + 1);
    QCOMPARE(coverageOf(QStringLiteral("Ownership")), ownership + 1);
    QCOMPARE(coverageOf(QStringLiteral("Think Big")), thinkBig + 1);
    // Ownership now has two stories: no longer highlighted; Think Big, with one, still is.
    QAbstractItemModel *coverage = table(QStringLiteral("coverageTable"))->model();
    for (int row = 0; row < coverage->rowCount(); ++row) {
        const QString name = coverage->index(row, 0).data().toString();
        const bool highlighted = coverage->index(row, 0).data(Qt::BackgroundRole).isValid();
        QCOMPARE(highlighted, coverage->index(row, 1).data().toInt() < 2);
        if (name != QLatin1String("Ownership") && name != QLatin1String("Think Big"))
            QCOMPARE(coverage->index(row, 1).data().toInt(), before.at(row).stories);
    }
    QVERIFY(summary->text().startsWith(QStringLiteral("13 of 16")));
    QCOMPARE(
        testfiles::queryValue(m_path, QStringLiteral("SELECT COUNT(*) FROM story_tag t JOIN story s ON s.id = "
                                                     "t.story_id WHERE s.title = 'Owning the migration nobody wanted'"))
            .toInt(),
        2);
}

void TestStoryBank::searchAndPrincipleFilterNarrowTheStories()
{
    showSubTab(QStringLiteral("STAR stories"));
    QTableView *stories = table(QStringLiteral("storyTable"));
    const int all = stories->model()->rowCount();
    QVERIFY(all >= 3);
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("storySearch"));
    // Words in any order and case, found in the story's text rather than only its title.
    QTest::keyClicks(search, QStringLiteral("ROOM war"));
    QCOMPARE(stories->model()->rowCount(), 1);
    QCOMPARE(stories->model()->index(0, 0).data().toString(), QStringLiteral("Peak-season war room"));
    search->clear();
    QCOMPARE(stories->model()->rowCount(), all);

    auto *filter = m_page->findChild<QComboBox *>(QStringLiteral("storyTagFilter"));
    filter->setFocus();
    const int customerObsession = filter->findText(QStringLiteral("Customer Obsession"));
    QVERIFY(customerObsession > 0);
    for (int i = 0; i < customerObsession; ++i)
        QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(filter->currentIndex(), customerObsession);
    QCOMPARE(stories->model()->rowCount(), coverageOf(QStringLiteral("Customer Obsession")));
    for (int row = 0; row < stories->model()->rowCount(); ++row)
        QVERIFY(stories->model()->index(row, 2).data().toString().contains(QStringLiteral("Customer Obsession")));
}

void TestStoryBank::resumeLinesPutMeasurableOutcomesFirst()
{
    // Two hand-made stories: the newer has no figure in its outcome, so it comes later.
    Story measured;
    measured.title = QStringLiteral("Release checklist");
    measured.date = QDate::currentDate().addDays(-20);
    measured.action = QStringLiteral("Cut the release checklist from forty steps to twelve.");
    measured.result = QStringLiteral("Releases ship 3 days sooner.");
    Story plain = measured;
    plain.title = QStringLiteral("Mentoring");
    plain.date = QDate::currentDate().addDays(-2);
    plain.action = QStringLiteral("Mentored the new program managers.");
    plain.result = QStringLiteral("They ran their own launches.");
    QString error;
    QVERIFY2(m_session->storyStore().saveStory(measured, &error), qPrintable(error));
    QVERIFY2(m_session->storyStore().saveStory(plain, &error), qPrintable(error));
    showSubTab(QStringLiteral("STAR stories"));
    QString shown;
    const bool seen = guitest::withDialog(
        this,
        [&](QDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Résumé Lines"));
            shown = dialog->findChild<QPlainTextEdit *>(QStringLiteral("resumeLines"))->toPlainText();
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyResumeLines")), Qt::LeftButton);
            QTest::keyClick(dialog, Qt::Key_Escape);
        },
        [&] {
            QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("resumeLinesButton")), Qt::LeftButton);
        });
    QVERIFY(seen);
    const QStringList lines = shown.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto place = [&lines](const char *start) {
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(QLatin1String("- ") + QLatin1String(start)))
                return i;
        }
        return -1;
    };
    const int figure = place("Cut the release checklist from forty steps to twelve, ");
    const int none = place("Mentored the new program managers, ");
    QVERIFY2(figure >= 0 && none >= 0, qPrintable(shown));
    QVERIFY(figure < none);
    QVERIFY(lines.at(figure).contains(QStringLiteral("3 days sooner")));
    QCOMPARE(QApplication::clipboard()->text(), shown);
}

int TestStoryBank::coverageOf(const QString &principle) const
{
    QAbstractItemModel *model = table(QStringLiteral("coverageTable"))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == principle)
            return model->index(row, 1).data().toInt();
    }
    return -1;
}

QTEST_MAIN(TestStoryBank)
#include "tst_storybank.moc"
