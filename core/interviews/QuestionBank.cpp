#include "core/interviews/QuestionBank.h"

#include "core/base/JsonReader.h"
#include "core/interviews/InterviewJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QuestionBank", text);
}

bool hasTag(const QList<Skill> &skills, const QString &key, Skill::Kind kind)
{
    return std::any_of(skills.cbegin(), skills.cend(),
                       [&](const Skill &skill) { return skill.key == key && skill.kind == kind; });
}

} // namespace

QStringList QuestionBank::stages()
{
    return { QStringLiteral("recruiter_screen"), QStringLiteral("phone_screen"), QStringLiteral("writing_assessment"),
             QStringLiteral("loop"), QStringLiteral("bar_raiser") };
}

QStringList QuestionBank::kinds()
{
    return { QStringLiteral("behavioural"), QStringLiteral("functional"), QStringLiteral("technical") };
}

QString QuestionBank::validate(const Question &question, const QList<Skill> &skills)
{
    if (question.text.trimmed().isEmpty())
        return tr("A question needs its text.");
    if (question.text.size() > MaximumTextLength)
        return tr("Keep the question under %1 characters.").arg(MaximumTextLength);
    if (!stages().contains(question.stage))
        return tr("“%1” is not an interview stage.").arg(question.stage);
    if (!kinds().contains(question.kind))
        return tr("“%1” is not a kind of question.").arg(question.kind);
    for (const QString &key : question.principles) {
        if (!hasTag(skills, key, Skill::Kind::LeadershipPrinciple))
            return tr("“%1” is not a Leadership Principle of this plan.").arg(key);
    }
    for (const QString &key : question.skills) {
        if (!hasTag(skills, key, Skill::Kind::Skill))
            return tr("“%1” is not a skill of this plan.").arg(key);
    }
    for (const QString &ladder : question.ladders) {
        if (ladder.trimmed().isEmpty())
            return tr("A ladder of a question needs its name.");
    }
    return {};
}

bool QuestionBank::load(QList<Question> *questions, const QList<Skill> &skills, QString *error)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the interview question bank is missing from this build");
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    JsonReader reader(document.object(), QStringLiteral("questions"), error);
    reader.integer(QStringLiteral("formatVersion"), 1, 1, true);
    reader.string(QStringLiteral("comment"));
    questions->clear();
    reader.forEachObject(QStringLiteral("questions"), [&](const QJsonObject &item, const QString &path) {
        Question question;
        if (!InterviewJson::questionFromJson(item, path, &question, error))
            return;
        const QString problem = validate(question, skills);
        if (!problem.isEmpty())
            JsonReader(item, path, error).fail(problem);
        else
            questions->append(question);
    });
    return reader.finish();
}

void QuestionBank::keepTagsOf(QList<Question> *questions, const QList<Skill> &skills)
{
    for (Question &question : *questions) {
        question.principles.removeIf(
            [&](const QString &key) { return !hasTag(skills, key, Skill::Kind::LeadershipPrinciple); });
        question.skills.removeIf([&](const QString &key) { return !hasTag(skills, key, Skill::Kind::Skill); });
    }
}

} // namespace careerplanner
