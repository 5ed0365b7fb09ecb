#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace careerplanner {

// What the user reads for the question bank's keys: the stages of the hiring process and
// the kinds of question.
class InterviewWords
{
    Q_DECLARE_TR_FUNCTIONS(InterviewWords)

public:
    static QString stageName(const QString &stage);
    static QString kindName(const QString &kind);
    // (name, key) of each, in the order of the hiring process, for a filter or a form.
    static QList<std::pair<QString, QString>> stageChoices();
    static QList<std::pair<QString, QString>> kindChoices();
    // "Due today", "In 3 days", "Not practised": a question's place in the schedule.
    static QString dueText(const QDate &due, const QDate &today);
};

} // namespace careerplanner
