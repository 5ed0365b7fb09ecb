#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace careerplanner {

// A draft of the writing assessment's exercise, kept with the day it was last written.
struct WritingDraft
{
    qint64 id = 0;
    QString title;
    QString templateKey; // the template it started from; empty: a blank page
    QString body;
    QDate writtenOn;
};

} // namespace careerplanner
