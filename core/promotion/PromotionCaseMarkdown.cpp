#include "core/promotion/PromotionCaseMarkdown.h"

#include "core/base/DateText.h"

#include <QCoreApplication>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PromotionCaseMarkdown", text);
}

QString dated(const QDate &date)
{
    return date.isValid() ? QStringLiteral(" (%1)").arg(DateText::longDate(date)) : QString();
}

QString evidenceLine(const CaseEvidence &evidence)
{
    using M = PromotionCaseMarkdown;
    QString line = QStringLiteral("- **%1**: ").arg(CaseEvidence::kindName(evidence.kind));
    if (evidence.kind == CaseEvidence::Kind::Feedback) {
        line += QStringLiteral("“%1”, %2%3")
                    .arg(M::escaped(evidence.title), M::escaped(evidence.detail), dated(evidence.date));
    } else {
        line += M::escaped(evidence.title) + dated(evidence.date);
        if (!evidence.detail.trimmed().isEmpty())
            line += QStringLiteral(": ") + M::escaped(evidence.detail);
    }
    return line + QLatin1Char('\n');
}

QString skillName(const QList<Skill> &skills, const QString &key)
{
    const auto found = std::find_if(skills.cbegin(), skills.cend(), [&key](const Skill &s) { return s.key == key; });
    return found == skills.cend() ? key : found->name;
}

} // namespace

QString PromotionCaseMarkdown::escaped(const QString &text)
{
    // Only what is markup inside a line: the user's words never start one.
    static const QString special = QStringLiteral("\\`*_[]<>|~&");
    QString out;
    for (const QChar c : text.simplified()) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString PromotionCaseMarkdown::write(const PromotionCase &promotionCase, const QList<Skill> &skills)
{
    if (promotionCase.isEmpty())
        return tr("# Promotion case\n\nYour path has no promotion ahead: add a step to it first.\n");
    const PromotionCase &c = promotionCase;
    QString md = tr("# Promotion case: %1\n\n").arg(escaped(c.toLevel));
    md += tr("From %1 to %2 on the %3 ladder, planned for %4.\n\n")
              .arg(escaped(c.fromLevel), escaped(c.toLevel), escaped(c.ladder), DateText::longDate(c.targetDate));
    const int total = int(c.criteria.size());
    md += tr("%1 criteria: %2 with evidence, %3 without.\n\n").arg(total).arg(total - c.gapCount()).arg(c.gapCount());
    md += tr("## What the level asks\n\n");
    for (int i = 0; i < c.criteria.size(); ++i) {
        const CaseCriterion &criterion = c.criteria.at(i);
        md += QStringLiteral("### %1. %2\n\n").arg(i + 1).arg(escaped(criterion.text));
        md += QStringLiteral("*%1*\n\n").arg(escaped(criterion.origin));
        if (criterion.isGap()) {
            md += tr("**Gap:** no evidence yet. %1\n\n").arg(escaped(criterion.suggestion));
            continue;
        }
        for (const CaseEvidence &evidence : criterion.evidence)
            md += evidenceLine(evidence);
        md += QLatin1Char('\n');
    }
    if (!c.skills.isEmpty()) {
        md += tr("## Skills against what %1 expects\n\n").arg(escaped(c.toLevel));
        md += tr("| Skill | Expected | Now | Gap |\n| --- | ---: | ---: | ---: |\n");
        for (const SkillReadiness::Gap &gap : c.skills) {
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(escaped(skillName(skills, gap.skillKey)))
                      .arg(gap.expected)
                      .arg(gap.current)
                      .arg(gap.gap());
        }
        md += QLatin1Char('\n');
    }
    if (!c.unplaced.isEmpty()) {
        md += tr("## Evidence not yet placed\n\n");
        for (const CaseEvidence &evidence : c.unplaced)
            md += evidenceLine(evidence);
        md += QLatin1Char('\n');
    }
    return md;
}

} // namespace careerplanner
