// The promotion case page on the sample plan, by clicks and keys: every criterion of the
// next level with its evidence or a gap, a piece ticked in that fills a gap and is kept in
// the file, the order changed, a suggestion left out and shown as such, and the case
// exported as Markdown and PDF and read back.
#include "GuiTestSupport.h"
#include "PageFixture.h"
#include "SessionTestSupport.h"
#include "core/plan/PlanSession.h"
#include "ui/promotion/PromotionCasePage.h"
#include "ui/report/ReportWriter.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace careerplanner;
using testfiles::count;

class TestPromotionCasePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyCriterionOfTheNextLevelWithItsEvidenceOrAGap();
    void tickingEvidenceFillsAGapAndOrderIsKept();
    void exportedAsMarkdownAndPdf();

private:
    template<typename T> T *child(const char *name) const
    {
        auto *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }
    void chooseRow(QTableView *table, int row) const
    {
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, 0)).center());
    }
    int firstGap() const;

    guitest::PageFixture<PromotionCasePage> m_fixture;
    PlanSession *m_session = nullptr;
    PromotionCasePage *m_page = nullptr;
};

void TestPromotionCasePage::initTestCase()
{
    guitest::installWarningCollector();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPromotionCasePage::init()
{
    QVERIFY2(m_fixture.open(QStringLiteral("case.careerplan")), qPrintable(m_fixture.error()));
    m_session = m_fixture.session();
    m_page = m_fixture.page();
    m_page->setPdfWriter([this](const PromotionCase &promotionCase, const QString &path, QString *error) {
        return ReportWriter::writeCasePdf(*m_session, promotionCase, path, error);
    });
}

void TestPromotionCasePage::cleanup()
{
    m_fixture.close();
    m_page = nullptr;
    const QString warnings = guitest::takeUnexpectedWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

int TestPromotionCasePage::firstGap() const
{
    QAbstractItemModel *criteria = child<QTableView>("caseCriteria")->model();
    for (int row = 0; row < criteria->rowCount(); ++row) {
        if (criteria->index(row, 1).data().toString() == QLatin1String("Gap"))
            return row;
    }
    return -1;
}

void TestPromotionCasePage::everyCriterionOfTheNextLevelWithItsEvidenceOrAGap()
{
    QCOMPARE(child<QComboBox>("caseStep")->currentText(), QStringLiteral("Senior Program Manager"));
    const PromotionCase expected = m_session->promotionCaseStore().caseFor();
    QAbstractItemModel *criteria = child<QTableView>("caseCriteria")->model();
    QCOMPARE(criteria->rowCount(), 9);
    QCOMPARE(expected.criteria.size(), 9);
    int gaps = 0;
    for (int row = 0; row < criteria->rowCount(); ++row) {
        const CaseCriterion &criterion = expected.criteria.at(row);
        QCOMPARE(criteria->index(row, 0).data().toString(), criterion.text);
        const QString evidence = criteria->index(row, 1).data().toString();
        if (criterion.isGap()) {
            ++gaps;
            QCOMPARE(evidence, QStringLiteral("Gap"));
            QVERIFY(criteria->index(row, 0).data(Qt::BackgroundRole).isValid());
            QVERIFY(criteria->index(row, 0).data(Qt::ToolTipRole).toString().contains(criterion.suggestion));
        } else {
            QVERIFY2(evidence.startsWith(QString::number(criterion.evidence.size()) + QLatin1Char(' ')),
                     qPrintable(evidence));
        }
    }
    QCOMPARE(gaps, 3);
    QVERIFY2(
        child<QLabel>("caseSummary")->text().contains(QStringLiteral("9 things the level asks, 3 without evidence")),
        qPrintable(child<QLabel>("caseSummary")->text()));
    // A gap chosen says what to add.
    chooseRow(child<QTableView>("caseCriteria"), firstGap());
    QVERIFY(child<QLabel>("caseCriterion")->text().contains(QStringLiteral("Gap: no evidence yet.")));
}

void TestPromotionCasePage::tickingEvidenceFillsAGapAndOrderIsKept()
{
    QSignalSpy recorded(m_session, &PlanSession::editRecorded);
    auto *criteria = child<QTableView>("caseCriteria");
    const int gap = firstGap();
    QVERIFY(gap >= 0);
    const QString criterion = criteria->model()->index(gap, 0).data().toString();
    chooseRow(criteria, gap);
    auto *evidence = child<QTableView>("caseEvidence");
    QVERIFY(evidence->model()->rowCount() >= 2);
    QCOMPARE(evidence->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // Two pieces ticked in by keys: the gap is filled, both kept in the file in order.
    const QString first = evidence->model()->index(0, 0).data().toString();
    const QString second = evidence->model()->index(1, 0).data().toString();
    for (const QString &title : { first, second }) {
        int row = -1;
        for (int r = 0; r < evidence->model()->rowCount(); ++r) {
            if (evidence->model()->index(r, 0).data().toString() == title)
                row = r;
        }
        chooseRow(evidence, row);
        QTest::keyClick(evidence, Qt::Key_Space);
    }
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(criteria->model()->index(gap, 1).data().toString(), QStringLiteral("2 pieces"));
    QCOMPARE(criteria->currentIndex().row(), gap); // the criterion stays chosen
    const QString choices = QStringLiteral("SELECT count(*) FROM case_choice WHERE criterion = '%1' AND included = 1")
                                .arg(QString(criterion).replace(QLatin1Char('\''), QStringLiteral("''")));
    QCOMPARE(count(*m_session, choices), qint64(2));
    QCOMPARE(evidence->model()->index(0, 0).data().toString(), first);
    QCOMPARE(evidence->model()->index(1, 0).data().toString(), second);
    QCOMPARE(evidence->model()->index(0, 2).data().toString(), QStringLiteral("put in by you"));

    // The second moved up: the case's order follows, and the choice stays chosen.
    chooseRow(evidence, 1);
    QVERIFY(child<QPushButton>("caseEvidenceUp")->isEnabled());
    QTest::mouseClick(child<QPushButton>("caseEvidenceUp"), Qt::LeftButton);
    QCOMPARE(evidence->model()->index(0, 0).data().toString(), second);
    QCOMPARE(evidence->currentIndex().row(), 0);
    const PromotionCase after = m_session->promotionCaseStore().caseFor();
    QCOMPARE(after.criteria.at(gap).evidence.size(), 2);
    QCOMPARE(after.gapCount(), 2);

    // Unticked, it is out of the case and kept out in the file, still listed to tick again.
    chooseRow(evidence, 0);
    QTest::keyClick(evidence, Qt::Key_Space);
    QCOMPARE(criteria->model()->index(gap, 1).data().toString(), QStringLiteral("1 piece"));
    QCOMPARE(evidence->model()->index(0, 0).data().toString(), first);
    bool listed = false;
    for (int r = 1; r < evidence->model()->rowCount(); ++r)
        listed = listed
                 || (evidence->model()->index(r, 0).data().toString() == second
                     && evidence->model()->index(r, 0).data(Qt::CheckStateRole).toInt() == int(Qt::Unchecked));
    QVERIFY(listed);
    QCOMPARE(count(*m_session, QStringLiteral("SELECT count(*) FROM case_choice WHERE included = 0")), qint64(1));

    // Each change is its own undo step.
    QString error;
    QVERIFY2(testfiles::undoLast(*m_session, recorded, &error), qPrintable(error));
    QCOMPARE(count(*m_session, QStringLiteral("SELECT count(*) FROM case_choice WHERE included = 0")), qint64(0));
    QCOMPARE(count(*m_session, choices), qint64(2));
}

void TestPromotionCasePage::exportedAsMarkdownAndPdf()
{
    const PromotionCase promotionCase = m_session->promotionCaseStore().caseFor();
    const QString markdown = m_fixture.filePath(QStringLiteral("case.md"));
    QVERIFY(guitest::withDialog(
        this,
        [&markdown](QDialog *dialog) {
            QVERIFY(qobject_cast<QFileDialog *>(dialog));
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            name->setText(markdown);
            QTest::keyClick(name, Qt::Key_Return);
        },
        [this] { QTest::mouseClick(child<QPushButton>("exportCaseMarkdown"), Qt::LeftButton); }));
    QFile md(markdown);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    QVERIFY2(text.contains(QStringLiteral("Senior Program Manager")), qPrintable(text.left(200)));
    for (const CaseCriterion &criterion : promotionCase.criteria)
        QVERIFY2(text.contains(criterion.text), qPrintable(criterion.text));
    QCOMPARE(text.count(QStringLiteral("**Gap:**")), 3);
    QCOMPARE(md.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    const QString pdf = m_fixture.filePath(QStringLiteral("case.pdf"));
    QVERIFY(child<QPushButton>("exportCasePdf")->isEnabled());
    QVERIFY(guitest::withDialog(
        this,
        [&pdf](QDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            name->setText(pdf);
            QTest::keyClick(name, Qt::Key_Return);
        },
        [this] { QTest::mouseClick(child<QPushButton>("exportCasePdf"), Qt::LeftButton); }));
    QFile document(pdf);
    QVERIFY(document.open(QIODevice::ReadOnly));
    QVERIFY(document.read(5) == "%PDF-");
    QCOMPARE(document.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

QTEST_MAIN(TestPromotionCasePage)
#include "tst_promotioncasepage.moc"
