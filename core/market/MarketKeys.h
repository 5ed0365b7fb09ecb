#pragma once

#include <QString>

namespace careerplanner {

// How the names in market reports are compared. Companies and the corrections' keys are
// folded: lower case, spaces trimmed and runs of them made one ("Amazon", "amazon ",
// "AMAZON" are one company). Titles are also read past punctuation and the usual
// abbreviations ("Sr. Program Mgr" is "senior program manager"), and a title's family is
// what is left without the words that say how senior it is ("program manager").
class MarketKeys
{
public:
    static QString fold(const QString &name);
    static QString title(const QString &title);
    static QString family(const QString &title);
};

} // namespace careerplanner
