#include "core/promotion/CaseEvidence.h"

#include "core/base/EnumText.h"

namespace careerplanner {

namespace {

using Kind = CaseEvidence::Kind;

constexpr EnumText<Kind> Kinds[] = {
    { Kind::Milestone, "milestone", QT_TRANSLATE_NOOP("CaseEvidence", "Milestone") },
    { Kind::Story, "story", QT_TRANSLATE_NOOP("CaseEvidence", "Story") },
    { Kind::Feedback, "feedback", QT_TRANSLATE_NOOP("CaseEvidence", "Feedback") },
};

} // namespace

QString CaseEvidence::kindKey(Kind kind)
{
    return enumtext::key(Kinds, kind);
}

std::optional<Kind> CaseEvidence::kindFromKey(const QString &key)
{
    return enumtext::fromKey(Kinds, key);
}

QString CaseEvidence::kindName(Kind kind)
{
    return enumtext::name("CaseEvidence", Kinds, kind);
}

} // namespace careerplanner
