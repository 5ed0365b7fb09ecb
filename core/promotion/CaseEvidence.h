#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace careerplanner {

// One piece of evidence a promotion case can cite: a milestone done, a STAR story or a
// feedback quote, with the words the case shows for it.
struct CaseEvidence
{
    enum class Kind { Milestone, Story, Feedback };

    Kind kind = Kind::Story;
    qint64 id = 0; // the milestone's, story's or quote's row id
    QString title; // the milestone's or story's title; the quote itself for feedback
    QString detail; // what shows it: the milestone's evidence, the story's result, who said it
    QDate date;
    bool suggested = false; // put in by the suggestion, not by the user
    QString why; // why it was suggested: "tagged Ownership", "shares “deliver”, “impact”"

    bool sameItem(const CaseEvidence &o) const { return kind == o.kind && id == o.id; }

    static QString kindKey(Kind kind); // "milestone", "story", "feedback"
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindName(Kind kind); // for the user
};

} // namespace careerplanner
