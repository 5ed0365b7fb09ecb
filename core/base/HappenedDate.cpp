#include "core/base/HappenedDate.h"
#include "core/base/DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HappenedDate", text);
}

} // namespace

QString HappenedDate::problem(Kind kind, const QDate &date, const QDate &today)
{
    if (!date.isValid() || date <= today)
        return {};
    switch (kind) {
    case Kind::Promotion:
        return tr("A promotion that happened is dated today at the latest; one still to come is a step of your "
                  "path.");
    case Kind::CheckIn:
        return tr("A check-in says where a skill stands on a day that has come: date it today at the latest.");
    case Kind::Completion:
        return tr("A milestone is done on a day that has come: date it today at the latest, or leave it "
                  "planned.");
    case Kind::Story:
        return tr("A STAR story tells what happened: date it today at the latest.");
    case Kind::LevelStart:
        return tr("You started at the level you hold on a day that has come: today at the latest. A level still "
                  "to come is a step of your path.");
    case Kind::Practice:
        return tr("A practice attempt is dated the day you answered: today at the latest.");
    case Kind::Application:
        return tr("An application is dated the day it was sent, and a status the day it was reached: today at "
                  "the latest. One still to send is prospective.");
    case Kind::Conversation:
        return tr("A conversation is dated the day it was held: today at the latest. Book the next one as its "
                  "next date.");
    case Kind::Feedback:
        return tr("Feedback is dated the day you received it: today at the latest.");
    }
    return {};
}

QString HappenedDate::problemIfChanged(Kind kind, const QDate &was, const QDate &date, const QDate &today)
{
    return date == was ? QString() : problem(kind, date, today);
}

QString HappenedDate::payYearProblem(int year, const QDate &today)
{
    if (year <= today.year())
        return {};
    return tr("Pay history is what you were paid, so %1 is still to come: plan future pay as a pay package.").arg(year);
}

QString HappenedDate::earlyNote(const QDate &date, const QDate &ladderStart)
{
    if (!date.isValid() || !ladderStart.isValid() || date >= ladderStart)
        return {};
    return tr("This is before you started on the ladder (%1).").arg(DateText::longDate(ladderStart));
}

} // namespace careerplanner
