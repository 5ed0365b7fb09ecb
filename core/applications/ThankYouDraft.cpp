#include "core/applications/ThankYouDraft.h"

#include "core/skills/SkillCsv.h"

#include <QCoreApplication>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ThankYouDraft", text);
}

} // namespace

QString ThankYouDraft::compose(const JobApplication &application, const QList<ApplicationStage> &stages,
                               const QList<Skill> &skills)
{
    QStringList people;
    QStringList topics;
    for (const ApplicationStage &stage : stages) {
        if (!stage.isInterview() || !stage.isBooked())
            continue;
        if (!stage.interviewer.trimmed().isEmpty() && !people.contains(stage.interviewer.trimmed()))
            people.append(stage.interviewer.trimmed());
        for (const QString &key : stage.principles) {
            const QString name = SkillCsv::skillName(skills, key);
            if (!topics.contains(name))
                topics.append(name);
        }
    }
    QString note = people.isEmpty() ? tr("Hello,") : tr("Dear %1,").arg(people.join(QStringLiteral(", ")));
    note += QStringLiteral("\n\n")
            + tr("Thank you for your time today and for telling me about the %1 role at %2.")
                  .arg(application.role.simplified(), application.company.simplified());
    if (!topics.isEmpty())
        note += QLatin1Char(' ')
                + tr("I enjoyed our conversations about %1, and they made me even keener to join the team.")
                      .arg(topics.join(QStringLiteral(", ")));
    note += QStringLiteral("\n\n")
            + tr("If there is anything more I can tell you, I would be glad to. I look forward to hearing from you.")
            + QStringLiteral("\n\n") + tr("Best regards,") + QLatin1Char('\n');
    return note;
}

} // namespace careerplanner
