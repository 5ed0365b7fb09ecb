#include "ui/report/PromotionCaseSection.h"

#include "ui/report/ReportHtml.h"

#include <QCoreApplication>
#include <QTextDocument>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PromotionCaseSection", text);
}

QStringList evidenceRow(const CaseEvidence &evidence)
{
    const QString what
        = evidence.kind == CaseEvidence::Kind::Feedback ? tr("“%1”").arg(evidence.title) : evidence.title;
    return { CaseEvidence::kindName(evidence.kind), what, evidence.detail, ReportHtml::dateText(evidence.date) };
}

QString skillName(const QList<Skill> &skills, const QString &key)
{
    const auto found = std::find_if(skills.cbegin(), skills.cend(), [&key](const Skill &s) { return s.key == key; });
    return found == skills.cend() ? key : found->name;
}

} // namespace

QString PromotionCaseSection::html(const PromotionCase &promotionCase, const QList<Skill> &skills, const QString &title,
                                   bool newPage)
{
    QString html = ReportHtml::heading(title, newPage);
    if (promotionCase.isEmpty())
        return html + ReportHtml::paragraph(tr("Your path has no promotion ahead: add a step to it first."));
    const PromotionCase &c = promotionCase;
    const int total = int(c.criteria.size());
    html += ReportHtml::paragraph(tr("From %1 to %2 on the %3 ladder, planned for %4. %5 criteria: %6 with evidence, "
                                     "%7 without.")
                                      .arg(c.fromLevel, c.toLevel, c.ladder, ReportHtml::dateText(c.targetDate))
                                      .arg(total)
                                      .arg(total - c.gapCount())
                                      .arg(c.gapCount()));
    const QStringList headers { tr("Kind"), tr("Evidence"), tr("What shows it"), tr("Date") };
    for (int i = 0; i < c.criteria.size(); ++i) {
        const CaseCriterion &criterion = c.criteria.at(i);
        html += QStringLiteral("<h3>%1. %2</h3>").arg(i + 1).arg(ReportHtml::esc(criterion.text));
        html += QStringLiteral("<p><i>%1</i></p>").arg(ReportHtml::esc(criterion.origin));
        if (criterion.isGap()) {
            html += ReportHtml::paragraph(tr("Gap: no evidence yet. %1").arg(criterion.suggestion));
            continue;
        }
        QList<QStringList> rows;
        for (const CaseEvidence &evidence : criterion.evidence)
            rows.append(evidenceRow(evidence));
        html += ReportHtml::table(headers, rows);
    }
    if (!c.skills.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(ReportHtml::esc(tr("Skills against what %1 expects").arg(c.toLevel)));
        QList<QStringList> rows;
        for (const SkillReadiness::Gap &gap : c.skills) {
            rows.append({ skillName(skills, gap.skillKey), QString::number(gap.expected), QString::number(gap.current),
                          QString::number(gap.gap()) });
        }
        html += ReportHtml::table({ tr("Skill"), tr("Expected"), tr("Now"), tr("Gap") }, rows);
    }
    if (!c.unplaced.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(ReportHtml::esc(tr("Evidence not yet placed")));
        QList<QStringList> rows;
        for (const CaseEvidence &evidence : c.unplaced)
            rows.append(evidenceRow(evidence));
        html += ReportHtml::table(headers, rows);
    }
    return html;
}

QTextDocument *PromotionCaseSection::document(const PromotionCase &promotionCase, const QList<Skill> &skills)
{
    auto *document = new QTextDocument;
    const QString title
        = promotionCase.isEmpty() ? tr("Promotion case") : tr("Promotion case: %1").arg(promotionCase.toLevel);
    document->setHtml(QStringLiteral("<h1>%1</h1>").arg(ReportHtml::esc(title))
                      + html(promotionCase, skills, tr("What the level asks"), false));
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    return document;
}

} // namespace careerplanner
