#include "core/interviews/InterviewCsv.h"

#include "core/base/Csv.h"
#include "core/skills/SkillCsv.h"

#include <QHash>

namespace careerplanner {

namespace {

QString names(const QStringList &keys, const QList<Skill> &skills)
{
    QStringList result;
    for (const QString &key : keys)
        result.append(SkillCsv::skillName(skills, key));
    return result.join(QStringLiteral("; "));
}

} // namespace

QString InterviewCsv::questions(const QList<Question> &questions, const QList<Skill> &skills)
{
    QString csv = Csv::record({ QStringLiteral("question"), QStringLiteral("stage"), QStringLiteral("kind"),
                                QStringLiteral("principles"), QStringLiteral("skills"), QStringLiteral("ladders"),
                                QStringLiteral("source_file"), QStringLiteral("source_section") });
    for (const Question &question : questions) {
        csv += Csv::record({ question.text, question.stage, question.kind, names(question.principles, skills),
                             names(question.skills, skills), question.ladders.join(QStringLiteral("; ")),
                             question.source.file, question.source.section });
    }
    return csv;
}

QString InterviewCsv::attempts(const QList<PracticeAttempt> &attempts, const QList<Question> &questions,
                               const QList<Story> &stories)
{
    QHash<qint64, QString> questionText, storyTitle;
    for (const Question &question : questions)
        questionText.insert(question.id, question.text);
    for (const Story &story : stories)
        storyTitle.insert(story.id, story.title);
    QString csv
        = Csv::record({ QStringLiteral("date"), QStringLiteral("question"), QStringLiteral("seconds_taken"),
                        QStringLiteral("time_limit_seconds"), QStringLiteral("story"), QStringLiteral("structure"),
                        QStringLiteral("specificity"), QStringLiteral("result"), QStringLiteral("fit"),
                        QStringLiteral("length"), QStringLiteral("average"), QStringLiteral("note") });
    for (const PracticeAttempt &attempt : attempts) {
        csv += Csv::record({ Csv::date(attempt.practisedOn), questionText.value(attempt.questionId),
                             QString::number(attempt.secondsTaken),
                             attempt.timeLimit > 0 ? QString::number(attempt.timeLimit) : QString(),
                             storyTitle.value(attempt.storyId), QString::number(attempt.structure),
                             QString::number(attempt.specificity), QString::number(attempt.result),
                             QString::number(attempt.fit), QString::number(attempt.length),
                             QString::number(attempt.averageRating(), 'f', 1), attempt.note });
    }
    return csv;
}

} // namespace careerplanner
