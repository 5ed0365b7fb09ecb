#include "core/stories/StoryCsv.h"

#include "core/base/Csv.h"
#include "core/skills/SkillCsv.h"

namespace careerplanner {

QString StoryCsv::stories(const QList<Story> &stories, const QList<Skill> &skills)
{
    QString csv = Csv::record({ QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("situation"),
                                QStringLiteral("task"), QStringLiteral("action"), QStringLiteral("result"),
                                QStringLiteral("outcomes"), QStringLiteral("tags") });
    for (const Story &story : stories) {
        QStringList tags;
        for (const QString &tag : story.tags)
            tags.append(SkillCsv::skillName(skills, tag));
        csv += Csv::record({ story.title, Csv::date(story.date), story.situation, story.task, story.action,
                             story.result, story.outcomes, tags.join(QStringLiteral("; ")) });
    }
    return csv;
}

} // namespace careerplanner
