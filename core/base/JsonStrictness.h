#pragma once

#include <QByteArray>
#include <QString>

namespace careerplanner {

// What Qt's JSON parser takes silently and an import must refuse: a key given twice in one
// object (Qt keeps one of the two values) and a \u escape of half a surrogate pair (not a
// character at all). Run on text Qt has already parsed as valid JSON; one pass, no
// recursion, whatever the nesting.
class JsonStrictness
{
public:
    // Empty if json has neither; else the first, with its line ("line 12: …").
    static QString problem(const QByteArray &json);
};

} // namespace careerplanner
