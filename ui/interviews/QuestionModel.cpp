#include "ui/interviews/QuestionModel.h"

#include "core/plan/PlanSession.h"
#include "core/skills/SkillCsv.h"
#include "ui/interviews/InterviewWords.h"

#include <QBrush>
#include <QDate>
#include <QPalette>

namespace careerplanner {

QuestionModel::QuestionModel(PlanSession *session, QObject *parent)
    : RecordTableModel({ tr("Question"), tr("Stage"), tr("Kind"), tr("Probes"), tr("Practice") }, parent)
    , m_session(session)
{
    resetOn(&session->interviewStore(), &InterviewStore::questionsChanged);
    resetOn(&session->interviewStore(), &InterviewStore::attemptsChanged);
}

int QuestionModel::recordCount() const
{
    return static_cast<int>(m_session->interviewStore().questions().size());
}

QVariant QuestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterviewStore &store = m_session->interviewStore();
    const Question &question = store.questions().at(index.row());
    const QList<Skill> &skills = m_session->skillStore().skills();
    const auto names = [&skills](const QStringList &keys) {
        QStringList result;
        for (const QString &key : keys)
            result.append(SkillCsv::skillName(skills, key));
        return result;
    };
    const PracticeSchedule::State state = store.schedule().value(question.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return question.text;
        case StageColumn:
            return InterviewWords::stageName(question.stage);
        case KindColumn:
            return InterviewWords::kindName(question.kind);
        case PrinciplesColumn:
            return (names(question.principles) + names(question.skills)).join(QStringLiteral(", "));
        case DueColumn:
            return InterviewWords::dueText(state.due, QDate::currentDate());
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = question.text;
        if (question.fromGuides())
            tip += QLatin1Char('\n') + tr("From %1, “%2”").arg(question.source.file, question.source.section);
        else
            tip += QLatin1Char('\n') + tr("Not from the guides");
        if (state.practised())
            tip += QLatin1Char('\n')
                   + (state.attempts == 1
                          ? tr("Answered once; rating %1 of 5").arg(QString::number(state.lastRating, 'f', 1))
                          : tr("Answered %1 times; latest rating %2 of 5")
                                .arg(state.attempts)
                                .arg(QString::number(state.lastRating, 'f', 1)));
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && state.isDue(QDate::currentDate()))
            return QPalette().brush(QPalette::Link);
        return {};
    case SearchRole:
        return QStringList { question.text, names(question.principles).join(QLatin1Char(' ')),
                             names(question.skills).join(QLatin1Char(' ')), question.source.section }
            .join(QLatin1Char('\n'));
    case TagsRole:
        return question.principles + question.skills;
    case StageRole:
        return question.stage;
    case KindRole:
        return question.kind;
    case LaddersRole: {
        if (!question.ladders.isEmpty())
            return question.ladders;
        QStringList every;
        for (const CareerLadder &ladder : m_session->ladderStore().ladders())
            every.append(ladder.name);
        return every;
    }
    default:
        return {};
    }
}

} // namespace careerplanner
