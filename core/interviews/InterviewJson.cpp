#include "core/interviews/InterviewJson.h"

#include "core/base/JsonReader.h"
#include "core/interviews/PracticeRepository.h"
#include "core/interviews/QuestionBank.h"

#include <QHash>

#include <QJsonArray>

namespace careerplanner {

namespace {

const QStringList kRatings { QStringLiteral("structure"), QStringLiteral("specificity"), QStringLiteral("result"),
                             QStringLiteral("fit"), QStringLiteral("length") };

} // namespace

QJsonObject InterviewJson::questionToJson(const Question &question)
{
    QJsonObject object { { QStringLiteral("text"), question.text },
                         { QStringLiteral("stage"), question.stage },
                         { QStringLiteral("kind"), question.kind },
                         { QStringLiteral("principles"), QJsonArray::fromStringList(question.principles) },
                         { QStringLiteral("skills"), QJsonArray::fromStringList(question.skills) },
                         { QStringLiteral("ladders"), QJsonArray::fromStringList(question.ladders) } };
    if (question.fromGuides())
        object.insert(QStringLiteral("source"), QJsonObject { { QStringLiteral("file"), question.source.file },
                                                              { QStringLiteral("section"), question.source.section } });
    return object;
}

bool InterviewJson::questionFromJson(const QJsonObject &object, const QString &path, Question *question, QString *error)
{
    JsonReader reader(object, path, error);
    *question = Question();
    question->text = reader.string(QStringLiteral("text"), true);
    question->stage = reader.string(QStringLiteral("stage"), true);
    question->kind = reader.string(QStringLiteral("kind"), true);
    question->principles = reader.strings(QStringLiteral("principles"));
    question->skills = reader.strings(QStringLiteral("skills"));
    question->ladders = reader.strings(QStringLiteral("ladders"));
    if (const auto source = reader.object(QStringLiteral("source"))) {
        JsonReader sourceReader(*source, path + QStringLiteral(".source"), error);
        question->source = { sourceReader.string(QStringLiteral("file"), true),
                             sourceReader.string(QStringLiteral("section"), true) };
        sourceReader.finish();
    }
    return reader.finish();
}

QJsonObject InterviewJson::attemptToJson(const PracticeAttempt &attempt, int questionIndex, int storyIndex)
{
    QJsonObject object { { QStringLiteral("question"), questionIndex },
                         { QStringLiteral("secondsTaken"), attempt.secondsTaken },
                         { QStringLiteral("note"), attempt.note } };
    JsonReader::insertDate(object, QStringLiteral("practisedOn"), attempt.practisedOn);
    if (attempt.timeLimit > 0)
        object.insert(QStringLiteral("timeLimit"), attempt.timeLimit);
    if (storyIndex >= 0)
        object.insert(QStringLiteral("story"), storyIndex);
    const int ratings[] = { attempt.structure, attempt.specificity, attempt.result, attempt.fit, attempt.length };
    for (int i = 0; i < kRatings.size(); ++i)
        object.insert(kRatings.at(i), ratings[i]);
    return object;
}

bool InterviewJson::attemptFromJson(const QJsonObject &object, const QString &path, PracticeAttempt *attempt,
                                    QString *error)
{
    JsonReader reader(object, path, error);
    *attempt = PracticeAttempt();
    constexpr int Places = 10'000'000;
    attempt->questionId = reader.integer(QStringLiteral("question"), 0, Places, true).value_or(-1) + 1;
    attempt->storyId = reader.integer(QStringLiteral("story"), 0, Places).value_or(-1) + 1;
    attempt->practisedOn = reader.date(QStringLiteral("practisedOn"), true);
    attempt->secondsTaken
        = int(reader.integer(QStringLiteral("secondsTaken"), 0, PracticeRepository::MaximumSeconds, true).value_or(0));
    attempt->timeLimit
        = int(reader.integer(QStringLiteral("timeLimit"), 1, PracticeRepository::MaximumSeconds).value_or(0));
    int *ratings[] = { &attempt->structure, &attempt->specificity, &attempt->result, &attempt->fit, &attempt->length };
    for (int i = 0; i < kRatings.size(); ++i)
        *ratings[i]
            = int(reader.integer(kRatings.at(i), PracticeAttempt::LowestRating, PracticeAttempt::HighestRating, true)
                      .value_or(PracticeAttempt::LowestRating));
    attempt->note = reader.string(QStringLiteral("note"));
    return reader.finish();
}

QJsonObject InterviewJson::draftToJson(const WritingDraft &draft)
{
    QJsonObject object { { QStringLiteral("title"), draft.title },
                         { QStringLiteral("template"), draft.templateKey },
                         { QStringLiteral("body"), draft.body } };
    JsonReader::insertDate(object, QStringLiteral("writtenOn"), draft.writtenOn);
    return object;
}

bool InterviewJson::draftFromJson(const QJsonObject &object, const QString &path, WritingDraft *draft, QString *error)
{
    JsonReader reader(object, path, error);
    *draft = WritingDraft();
    draft->title = reader.string(QStringLiteral("title"), true);
    draft->templateKey = reader.string(QStringLiteral("template"));
    draft->body = reader.string(QStringLiteral("body"));
    draft->writtenOn = reader.date(QStringLiteral("writtenOn"), true);
    return reader.finish();
}

QJsonObject InterviewJson::sectionToJson(const Section &section, const QList<Story> &stories)
{
    QHash<qint64, int> questionPlace;
    QJsonArray questions;
    for (const Question &question : section.questions) {
        questionPlace.insert(question.id, int(questions.size()));
        questions.append(questionToJson(question));
    }
    QHash<qint64, int> storyPlace;
    for (int i = 0; i < stories.size(); ++i)
        storyPlace.insert(stories.at(i).id, i);
    QJsonArray attempts;
    for (const PracticeAttempt &attempt : section.attempts)
        attempts.append(
            attemptToJson(attempt, questionPlace.value(attempt.questionId), storyPlace.value(attempt.storyId, -1)));
    QJsonArray drafts;
    for (const WritingDraft &draft : section.drafts)
        drafts.append(draftToJson(draft));
    return { { QStringLiteral("questions"), questions },
             { QStringLiteral("attempts"), attempts },
             { QStringLiteral("drafts"), drafts } };
}

bool InterviewJson::sectionFromJson(const QJsonObject &object, const QString &path, const QList<Skill> &skills,
                                    int storyCount, Section *section, QString *error)
{
    JsonReader reader(object, path, error);
    *section = Section();
    reader.forEachObject(QStringLiteral("questions"), [&](const QJsonObject &item, const QString &itemPath) {
        Question question;
        if (!questionFromJson(item, itemPath, &question, error))
            return;
        const QString problem = QuestionBank::validate(question, skills);
        if (!problem.isEmpty())
            JsonReader(item, itemPath, error).fail(problem);
        question.id = section->questions.size() + 1;
        section->questions.append(question);
    });
    reader.forEachObject(QStringLiteral("attempts"), [&](const QJsonObject &item, const QString &itemPath) {
        PracticeAttempt attempt;
        if (!attemptFromJson(item, itemPath, &attempt, error))
            return;
        if (attempt.questionId > section->questions.size())
            JsonReader(item, itemPath, error).fail(QStringLiteral("its question is not in the list"));
        else if (attempt.storyId > storyCount)
            JsonReader(item, itemPath, error).fail(QStringLiteral("its story is not in the list"));
        else
            section->attempts.append(attempt);
    });
    reader.forEachObject(QStringLiteral("drafts"), [&](const QJsonObject &item, const QString &itemPath) {
        WritingDraft draft;
        if (draftFromJson(item, itemPath, &draft, error))
            section->drafts.append(draft);
    });
    return reader.finish();
}

} // namespace careerplanner
