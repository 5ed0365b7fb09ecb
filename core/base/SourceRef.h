#pragma once

#include <QString>

namespace careerplanner {

// Where a fact or figure came from: a seed document and the section inside it,
// or a note that the user entered it themselves.
struct SourceRef
{
    QString file;
    QString section;

    bool isEmpty() const { return file.isEmpty() && section.isEmpty(); }
    bool operator==(const SourceRef &other) const { return file == other.file && section == other.section; }
    bool operator!=(const SourceRef &other) const { return !(*this == other); }
};

} // namespace careerplanner
