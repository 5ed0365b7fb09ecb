// The question bank and the practice attempts as CSV, read back with the CSV reader: every
// field comes back as the plan has it, whatever its quotes, commas and line breaks.
#include "core/base/CsvReader.h"
#include "core/interviews/InterviewCsv.h"
#include "core/interviews/QuestionBank.h"
#include "core/skills/SkillCatalog.h"
#include "core/skills/SkillCsv.h"

#include <QTest>

using namespace careerplanner;

class TestInterviewCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theBankReadsBack();
    void attemptsReadBack();

private:
    QStringList names(const QStringList &keys) const;
    QList<Skill> m_skills;
    QList<Question> m_bank;
};

void TestInterviewCsv::initTestCase()
{
    SkillMatrix matrix;
    QString error;
    QVERIFY2(SkillCatalog::load(&m_skills, &matrix, &error) && QuestionBank::load(&m_bank, m_skills, &error),
             qPrintable(error));
    for (int i = 0; i < m_bank.size(); ++i)
        m_bank[i].id = i + 1;
}

QStringList TestInterviewCsv::names(const QStringList &keys) const
{
    QStringList result;
    for (const QString &key : keys)
        result.append(SkillCsv::skillName(m_skills, key));
    return result;
}

void TestInterviewCsv::theBankReadsBack()
{
    QList<Question> questions = m_bank;
    Question hostile;
    hostile.id = 999;
    hostile.text = QStringLiteral("Tell me about \"the\" time, in two lines,\nthat you said no — Zoë's ✓");
    hostile.stage = QStringLiteral("bar_raiser");
    hostile.kind = QStringLiteral("behavioural");
    hostile.principles = { QStringLiteral("backbone"), QStringLiteral("earn_trust") };
    hostile.ladders = { QStringLiteral("Program Management"), QStringLiteral("Technical Program Management") };
    questions.append(hostile);

    QList<CsvReader::Record> records;
    QString error;
    QVERIFY2(CsvReader::parse(InterviewCsv::questions(questions, m_skills), &records, &error), qPrintable(error));
    QCOMPARE(records.size(), questions.size() + 1);
    QCOMPARE(records.at(0).fields, QStringList({ "question", "stage", "kind", "principles", "skills", "ladders",
                                                 "source_file", "source_section" }));
    for (int i = 0; i < questions.size(); ++i) {
        const Question &q = questions.at(i);
        const QStringList expected { q.text,
                                     q.stage,
                                     q.kind,
                                     names(q.principles).join(QStringLiteral("; ")),
                                     names(q.skills).join(QStringLiteral("; ")),
                                     q.ladders.join(QStringLiteral("; ")),
                                     q.source.file,
                                     q.source.section };
        QCOMPARE(records.at(i + 1).fields, expected);
    }
    QCOMPARE(records.constLast().fields.at(3), QStringLiteral("Have Backbone; Disagree and Commit; Earn Trust"));
}

void TestInterviewCsv::attemptsReadBack()
{
    Story story;
    story.id = 7;
    story.title = QStringLiteral("Peak, \"war room\"");
    PracticeAttempt told;
    told.questionId = m_bank.at(0).id;
    told.practisedOn = QDate(2026, 11, 30);
    told.secondsTaken = 131;
    told.timeLimit = 120;
    told.storyId = story.id;
    told.structure = 4;
    told.specificity = 5;
    told.result = 2;
    told.fit = 4;
    told.length = 1;
    told.note = QStringLiteral("Ran over,\nby a lot");
    PracticeAttempt untold = told;
    untold.storyId = 0;
    untold.timeLimit = 0;
    untold.note.clear();

    QList<CsvReader::Record> records;
    QString error;
    QVERIFY2(CsvReader::parse(InterviewCsv::attempts({ told, untold }, m_bank, { story }), &records, &error),
             qPrintable(error));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).fields,
             QStringList({ "2026-11-30", m_bank.at(0).text, "131", "120", story.title, "4", "5", "2", "4", "1",
                           QString::number(told.averageRating(), 'f', 1), told.note }));
    // Without a story or a limit, those fields are empty.
    QCOMPARE(records.at(2).fields.at(3), QString());
    QCOMPARE(records.at(2).fields.at(4), QString());
    QCOMPARE(records.at(2).fields.at(10), QStringLiteral("3.2"));
}

QTEST_GUILESS_MAIN(TestInterviewCsv)
#include "tst_interviewcsv.moc"
