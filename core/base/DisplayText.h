#pragma once

#include <QString>

namespace careerplanner {

// Texts are stored as the user gave them, however long, and shortened where they are
// shown: laying out a name of two million characters in a report or a window title takes
// minutes, and tells the reader nothing the first few hundred do not.
class DisplayText
{
public:
    static constexpr int LongestLine = 200; // characters of a name or title shown

    // text itself if short enough, else its start (never cutting a surrogate pair) and "…".
    static QString shortened(const QString &text, int longest = LongestLine);
};

} // namespace careerplanner
