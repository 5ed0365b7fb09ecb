#pragma once

#include "core/base/SourceRef.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace careerplanner {

// An interview question: where in the hiring process it is asked, what kind it is, what
// it probes and which ladders it belongs to. A question without a source is not from the
// guides (the bank's own, or the user's).
struct Question
{
    qint64 id = 0;
    QString text;
    QString stage; // one of QuestionBank::stages()
    QString kind; // one of QuestionBank::kinds()
    QStringList principles; // Leadership Principle keys
    QStringList skills; // skill keys
    QStringList ladders; // ladder names; none: every ladder
    SourceRef source;

    bool fromGuides() const { return !source.file.isEmpty(); }
};

} // namespace careerplanner
