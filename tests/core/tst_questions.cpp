// The interview question bank shipped in data/questions.json: every question the guides
// give is there with its source, every Leadership Principle has at least three, and the
// rule a question keeps refuses what does not fit the plan.
#include "core/interviews/QuestionBank.h"
#include "core/ladders/ReferenceLadders.h"
#include "core/skills/SkillCatalog.h"

#include <QSet>
#include <QTest>

using namespace careerplanner;

namespace {

const QString tpmGuide = QStringLiteral("002_2b6771d2dc4f01d4.txt");
const QString productGuide = QStringLiteral("001_80d18dccf2e7f0d7.txt");
const QString topmateGuide = QStringLiteral("003_20d747e4b31d5040.txt");

// One question a guide section asks, known by a word our wording of it must keep.
struct GuideQuestion
{
    QString file;
    QString section;
    QString stage;
    QString word;
};

// Read from the guides, section by section, independently of the data file.
QList<GuideQuestion> guideQuestions()
{
    const QString recruiter = QStringLiteral("Recruiter Screening");
    const QString phone = QStringLiteral("Phone Interview");
    const QString onsite = QStringLiteral("Onsite Interview Rounds");
    const QString screens = QStringLiteral("Phone Screening: First and Second Rounds");
    const QString writing = QStringLiteral("Writing Assessment and Functional Questions");
    const QString behavioural = QStringLiteral("Behavioral Questions and Leadership Principles");
    const QString functional = QStringLiteral("Functional and Technical Program Manager Questions");
    const QString barRaiser = QStringLiteral("The Bar Raiser");
    const QString rs = QStringLiteral("recruiter_screen"), ps = QStringLiteral("phone_screen"),
                  wa = QStringLiteral("writing_assessment"), lp = QStringLiteral("loop"),
                  br = QStringLiteral("bar_raiser");
    return {
        { tpmGuide, recruiter, rs, QStringLiteral("hire") },
        { tpmGuide, recruiter, rs, QStringLiteral("fit") },
        { tpmGuide, recruiter, rs, QStringLiteral("recent job") },
        { tpmGuide, recruiter, rs, QStringLiteral("part of a team") },
        { tpmGuide, recruiter, rs, QStringLiteral("led a team") },
        { tpmGuide, phone, ps, QStringLiteral("managing people") },
        { tpmGuide, phone, ps, QStringLiteral("design a system") },
        { tpmGuide, phone, ps, QStringLiteral("architecture") },
        { tpmGuide, phone, ps, QStringLiteral("code") },
        { tpmGuide, phone, ps, QStringLiteral("Leadership Principle") },
        { tpmGuide, onsite, lp, QStringLiteral("system design") },
        { tpmGuide, onsite, lp, QStringLiteral("most complex project") },
        { tpmGuide, onsite, lp, QStringLiteral("direction") },
        { tpmGuide, onsite, lp, QStringLiteral("TCP and UDP") },
        { tpmGuide, onsite, lp, QStringLiteral("criticism") },
        { productGuide, screens, rs, QStringLiteral("product management background") },
        { productGuide, screens, ps, QStringLiteral("cross-functional team") },
        { productGuide, writing, wa, QStringLiteral("analyse a product decision") },
        { productGuide, writing, wa, QStringLiteral("propose improvements") },
        { productGuide, writing, wa, QStringLiteral("strategy") },
        { productGuide, writing, ps, QStringLiteral("features to build first") },
        { productGuide, writing, ps, QStringLiteral("success metrics") },
        { productGuide, writing, ps, QStringLiteral("trade-off") },
        { productGuide, behavioural, lp, QStringLiteral("senior leader") },
        { productGuide, behavioural, lp, QStringLiteral("without all the data") },
        { productGuide, behavioural, lp, QStringLiteral("stakeholder") },
        { productGuide, behavioural, lp, QStringLiteral("business target") },
        { productGuide, behavioural, lp, QStringLiteral("mistake") },
        { productGuide, functional, lp, QStringLiteral("Amazon Prime better") },
        { productGuide, functional, lp, QStringLiteral("running late") },
        { productGuide, functional, lp, QStringLiteral("recommendation system") },
        { productGuide, functional, lp, QStringLiteral("Amazon Prime is succeeding") },
        { productGuide, functional, lp, QStringLiteral("Amazon Fresh") },
        { productGuide, functional, lp, QStringLiteral("load faster") },
        { topmateGuide, barRaiser, br, QStringLiteral("beyond what you were asked") },
        { topmateGuide, barRaiser, br, QStringLiteral("backed with data") },
        { topmateGuide, barRaiser, br, QStringLiteral("raising the standard") },
    };
}

} // namespace

class TestQuestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyGuideQuestionIsThereWithItsSource();
    void everyPrincipleHasThreeQuestions();
    void laddersAreTheReferenceOnes();
    void ruleRefusesWhatDoesNotFit();

private:
    QList<Skill> m_skills;
    QList<Question> m_bank;
};

void TestQuestions::initTestCase()
{
    QString error;
    SkillMatrix matrix;
    QVERIFY2(SkillCatalog::load(&m_skills, &matrix, &error), qPrintable(error));
    QVERIFY2(QuestionBank::load(&m_bank, m_skills, &error), qPrintable(error));
}

void TestQuestions::everyGuideQuestionIsThereWithItsSource()
{
    const QList<GuideQuestion> expected = guideQuestions();
    QSet<int> matched;
    for (const GuideQuestion &guide : expected) {
        int found = -1;
        for (int i = 0; i < m_bank.size(); ++i) {
            const Question &question = m_bank.at(i);
            if (question.source.file == guide.file && question.source.section == guide.section
                && question.text.contains(guide.word, Qt::CaseInsensitive) && !matched.contains(i)) {
                found = i;
                break;
            }
        }
        QVERIFY2(
            found >= 0,
            qPrintable(QStringLiteral("%1, “%2”: no question about “%3”").arg(guide.file, guide.section, guide.word)));
        QCOMPARE(m_bank.at(found).stage, guide.stage);
        matched.insert(found);
    }
    // Nothing else claims a guide as its source: the rest are marked as our own.
    int fromGuides = 0;
    for (const Question &question : std::as_const(m_bank))
        fromGuides += question.fromGuides() ? 1 : 0;
    QCOMPARE(fromGuides, expected.size());
    QVERIFY(m_bank.size() > fromGuides);
}

void TestQuestions::everyPrincipleHasThreeQuestions()
{
    int principles = 0;
    for (const Skill &skill : std::as_const(m_skills)) {
        if (skill.kind != Skill::Kind::LeadershipPrinciple)
            continue;
        ++principles;
        int asking = 0;
        for (const Question &question : std::as_const(m_bank))
            asking += question.principles.contains(skill.key) ? 1 : 0;
        QVERIFY2(asking >= 3, qPrintable(QStringLiteral("%1 has %2 questions").arg(skill.name).arg(asking)));
    }
    QCOMPARE(principles, 16);
}

void TestQuestions::laddersAreTheReferenceOnes()
{
    QList<CareerLadder> ladders;
    QString error;
    QVERIFY2(ReferenceLadders::load(&ladders, &error), qPrintable(error));
    QSet<QString> names;
    for (const CareerLadder &ladder : std::as_const(ladders))
        names.insert(ladder.name);
    for (const Question &question : std::as_const(m_bank)) {
        for (const QString &ladder : question.ladders)
            QVERIFY2(names.contains(ladder), qPrintable(ladder));
        // The technical program management guide's questions are for that ladder.
        if (question.source.file == tpmGuide)
            QCOMPARE(question.ladders, QStringList { QStringLiteral("Technical Program Management") });
    }
}

void TestQuestions::ruleRefusesWhatDoesNotFit()
{
    Question question = m_bank.constFirst();
    QVERIFY(QuestionBank::validate(question, m_skills).isEmpty());
    Question blank = question;
    blank.text = QStringLiteral("   ");
    QCOMPARE(QuestionBank::validate(blank, m_skills), QStringLiteral("A question needs its text."));
    Question stage = question;
    stage.stage = QStringLiteral("lunch");
    QCOMPARE(QuestionBank::validate(stage, m_skills), QStringLiteral("“lunch” is not an interview stage."));
    Question kind = question;
    kind.kind = QStringLiteral("trivia");
    QCOMPARE(QuestionBank::validate(kind, m_skills), QStringLiteral("“trivia” is not a kind of question."));
    // A skill's key is not a principle, nor a principle's a skill.
    Question principle = question;
    principle.principles = { QStringLiteral("data") };
    QCOMPARE(QuestionBank::validate(principle, m_skills),
             QStringLiteral("“data” is not a Leadership Principle of this plan."));
    Question skill = question;
    skill.skills = { QStringLiteral("ownership") };
    QCOMPARE(QuestionBank::validate(skill, m_skills), QStringLiteral("“ownership” is not a skill of this plan."));
}

QTEST_GUILESS_MAIN(TestQuestions)
#include "tst_questions.moc"
