#pragma once

#include "core/interviews/PracticeAttempt.h"
#include "core/interviews/Question.h"
#include "core/interviews/WritingDraft.h"
#include "core/skills/Skill.h"
#include "core/stories/Story.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace careerplanner {

// The JSON forms of interview questions (as data/questions.json and the plan export hold
// them), practice attempts and writing drafts. An attempt names its question and its story
// by their places in the export's lists, from 0; a story's place is left out when none was
// told.
class InterviewJson
{
public:
    struct Section
    {
        QList<Question> questions;
        QList<PracticeAttempt> attempts;
        QList<WritingDraft> drafts;
    };
    // The export's "interviews" object; stories: the export's stories, in its order.
    static QJsonObject sectionToJson(const Section &section, const QList<Story> &stories);
    // Each question checked against skills, each attempt's places against the lists (with
    // storyCount stories). Questions and attempts get ids as attemptFromJson() says.
    static bool sectionFromJson(const QJsonObject &object, const QString &path, const QList<Skill> &skills,
                                int storyCount, Section *section, QString *error);

    static QJsonObject questionToJson(const Question &question);
    static bool questionFromJson(const QJsonObject &object, const QString &path, Question *question, QString *error);
    // questionIndex, storyIndex: the places of the attempt's question and story (-1: none).
    static QJsonObject attemptToJson(const PracticeAttempt &attempt, int questionIndex, int storyIndex);
    // Sets questionId and storyId to the places plus one (0: no story), as PlanContent's
    // ids of the export's questions and stories are.
    static bool attemptFromJson(const QJsonObject &object, const QString &path, PracticeAttempt *attempt,
                                QString *error);
    static QJsonObject draftToJson(const WritingDraft &draft);
    static bool draftFromJson(const QJsonObject &object, const QString &path, WritingDraft *draft, QString *error);
};

} // namespace careerplanner
