#pragma once

#include "core/stories/Story.h"

#include <QList>
#include <QString>

namespace careerplanner {

// Each STAR story's outcome as a one-line résumé bullet, built from its own fields: what was
// done (the action) and what came of it (the measurable outcomes, or else the result). The
// guides say a résumé must show measurable impact, so the lines with a figure come first.
class ResumeLines
{
public:
    struct Line
    {
        qint64 storyId = 0;
        QString text;
        bool measurable = false; // it carries a figure: a number, a percentage, an amount
    };

    static Line fromStory(const Story &story);
    // Measurable first, then the rest, each newest first; stories with nothing to say left out.
    static QList<Line> fromStories(const QList<Story> &stories);
    // One line per bullet ("- " and the text), as pasted into a résumé.
    static QString asText(const QList<Line> &lines);
};

} // namespace careerplanner
