#include "ui/interviews/InterviewWords.h"

#include "core/interviews/QuestionBank.h"

#include <QDate>

namespace careerplanner {

QString InterviewWords::stageName(const QString &stage)
{
    if (stage == QLatin1String("recruiter_screen"))
        return tr("Recruiter screen");
    if (stage == QLatin1String("phone_screen"))
        return tr("Phone screen");
    if (stage == QLatin1String("writing_assessment"))
        return tr("Writing assessment");
    if (stage == QLatin1String("loop"))
        return tr("Interview loop");
    if (stage == QLatin1String("bar_raiser"))
        return tr("Bar raiser");
    return stage;
}

QString InterviewWords::kindName(const QString &kind)
{
    if (kind == QLatin1String("behavioural"))
        return tr("Behavioural");
    if (kind == QLatin1String("functional"))
        return tr("Functional or product");
    if (kind == QLatin1String("technical"))
        return tr("Technical");
    return kind;
}

QList<std::pair<QString, QString>> InterviewWords::stageChoices()
{
    QList<std::pair<QString, QString>> choices;
    for (const QString &stage : QuestionBank::stages())
        choices.append({ stageName(stage), stage });
    return choices;
}

QList<std::pair<QString, QString>> InterviewWords::kindChoices()
{
    QList<std::pair<QString, QString>> choices;
    for (const QString &kind : QuestionBank::kinds())
        choices.append({ kindName(kind), kind });
    return choices;
}

QString InterviewWords::dueText(const QDate &due, const QDate &today)
{
    if (!due.isValid())
        return tr("Not practised");
    const qint64 days = today.daysTo(due);
    if (days < 0)
        return days == -1 ? tr("Due, 1 day over") : tr("Due, %1 days over").arg(-days);
    if (days == 0)
        return tr("Due today");
    return days == 1 ? tr("In 1 day") : tr("In %1 days").arg(days);
}

} // namespace careerplanner
