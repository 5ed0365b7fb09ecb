#include "core/promotion/PromotionCaseBuilder.h"

#include "core/promotion/CaseMatcher.h"

#include <QCoreApplication>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PromotionCaseBuilder", text);
}

// A candidate with the words and tags it is matched by.
struct Candidate
{
    CaseEvidence evidence;
    QString text;
    QStringList tags;
};

QList<Candidate> gather(const PromotionCaseBuilder::Input &input, int step)
{
    QList<Candidate> found;
    for (const Milestone &milestone : input.path.at(step).milestones) {
        if (milestone.status != Milestone::Status::Done)
            continue;
        found.append({ { CaseEvidence::Kind::Milestone,
                         milestone.id,
                         milestone.title,
                         milestone.evidence,
                         milestone.completedDate,
                         false,
                         {} },
                       milestone.title + QLatin1Char(' ') + milestone.evidence,
                       {} });
    }
    for (const Story &story : input.stories) {
        const QString result
            = story.outcomes.isEmpty() ? story.result : story.result + QLatin1Char(' ') + story.outcomes;
        found.append({ { CaseEvidence::Kind::Story, story.id, story.title, result.trimmed(), story.date, false, {} },
                       QStringList { story.title, story.action, story.result, story.outcomes }.join(QLatin1Char(' ')),
                       story.tags });
    }
    for (const FeedbackQuote &quote : input.feedback) {
        found.append(
            { { CaseEvidence::Kind::Feedback, quote.id, quote.quote, quote.attribution(), quote.receivedOn, false, {} },
              quote.quote,
              quote.tags });
    }
    return found;
}

const CareerLadder *ladderNamed(const QList<CareerLadder> &ladders, const QString &name)
{
    const auto found
        = std::find_if(ladders.cbegin(), ladders.cend(), [&name](const CareerLadder &l) { return l.name == name; });
    return found == ladders.cend() ? nullptr : &*found;
}

const CareerLevel *levelTitled(const CareerLadder *ladder, const QString &title)
{
    if (!ladder)
        return nullptr;
    const auto found = std::find_if(ladder->levels.cbegin(), ladder->levels.cend(),
                                    [&title](const CareerLevel &l) { return l.title == title; });
    return found == ladder->levels.cend() ? nullptr : &*found;
}

QString suggestionFor(const CaseCriterion &criterion, const PathStep &step, const QList<Skill> &skills)
{
    for (const Milestone &milestone : step.milestones) {
        if ((milestone.status == Milestone::Status::Planned || milestone.status == Milestone::Status::InProgress)
            && !CaseMatcher::why(criterion.text, {}, milestone.title, {}, skills, 1).isEmpty())
            return tr("Finish the milestone “%1” and write down its evidence.").arg(milestone.title);
    }
    QStringList names;
    for (const QString &key : criterion.skillKeys) {
        const auto skill
            = std::find_if(skills.cbegin(), skills.cend(), [&key](const Skill &s) { return s.key == key; });
        if (skill != skills.cend())
            names.append(skill->name);
    }
    if (!names.isEmpty())
        return tr("Tag a STAR story or a feedback quote with %1, or add a milestone to this step that shows it.")
            .arg(names.join(tr(" or ")));
    return tr("Write a STAR story that shows this, ask for feedback on it, or add a milestone to this step.");
}

// The criterion's evidence: the user's choices in their order, then what is suggested.
void place(CaseCriterion &criterion, const QList<Candidate> &candidates, const PromotionCaseBuilder::Input &input)
{
    const auto candidate = [&candidates](CaseEvidence::Kind kind, qint64 id) -> const Candidate * {
        const auto found = std::find_if(candidates.cbegin(), candidates.cend(), [kind, id](const Candidate &c) {
            return c.evidence.kind == kind && c.evidence.id == id;
        });
        return found == candidates.cend() ? nullptr : &*found;
    };
    QList<const CaseChoice *> mine;
    for (const CaseChoice &choice : input.choices) {
        if (choice.criterion == criterion.text && candidate(choice.kind, choice.itemId))
            mine.append(&choice);
    }
    for (const CaseChoice *choice : mine) {
        if (choice->included)
            criterion.evidence.append(candidate(choice->kind, choice->itemId)->evidence);
    }
    for (const Candidate &c : candidates) {
        const int minimumShared = c.evidence.kind == CaseEvidence::Kind::Milestone ? 1 : 2;
        const QString why
            = CaseMatcher::why(criterion.text, criterion.skillKeys, c.text, c.tags, input.skills, minimumShared);
        if (why.isEmpty())
            continue;
        CaseEvidence suggested = c.evidence;
        suggested.suggested = true;
        suggested.why = why;
        const auto chosen = std::find_if(mine.cbegin(), mine.cend(), [&c](const CaseChoice *choice) {
            return choice->kind == c.evidence.kind && choice->itemId == c.evidence.id;
        });
        if (chosen == mine.cend())
            criterion.evidence.append(suggested);
        else if (!(*chosen)->included)
            criterion.leftOut.append(suggested);
    }
}

} // namespace

int PromotionCase::gapCount() const
{
    return static_cast<int>(
        std::count_if(criteria.cbegin(), criteria.cend(), [](const CaseCriterion &c) { return c.isGap(); }));
}

QList<CaseEvidence> PromotionCaseBuilder::candidates(const Input &input, int step)
{
    QList<CaseEvidence> all;
    if (step < 1 || step >= input.path.size())
        return all;
    for (const Candidate &c : gather(input, step))
        all.append(c.evidence);
    return all;
}

PromotionCase PromotionCaseBuilder::build(const Input &input, int step)
{
    PromotionCase result;
    if (step < 1 || step >= input.path.size())
        return result;
    const PathStep &target = input.path.at(step);
    const PathStep &below = input.path.at(step - 1);
    result.step = step;
    result.ladder = target.ladderName;
    result.fromLevel = below.levelTitle;
    result.toLevel = target.levelTitle;
    result.targetDate = target.targetDate;
    const CareerLadder *ladder = ladderNamed(input.ladders, target.ladderName);
    if (const CareerLevel *from = levelTitled(ladderNamed(input.ladders, below.ladderName), below.levelTitle)) {
        for (const QString &text : from->toAdvance)
            result.criteria.append({ text, tr("To advance from %1").arg(below.levelTitle), {}, {}, {}, {} });
    }
    if (ladder) {
        for (const QString &text : ladder->promotionCriteria)
            result.criteria.append({ text, tr("%1: promotion criteria").arg(ladder->name), {}, {}, {}, {} });
    }
    const QList<Candidate> all = gather(input, step);
    for (CaseCriterion &criterion : result.criteria) {
        criterion.skillKeys = CaseMatcher::skillsNamed(criterion.text, input.skills);
        place(criterion, all, input);
        if (criterion.isGap())
            criterion.suggestion = suggestionFor(criterion, target, input.skills);
    }
    for (const Candidate &c : all) {
        const bool cited = std::any_of(result.criteria.cbegin(), result.criteria.cend(), [&c](const CaseCriterion &k) {
            return std::any_of(k.evidence.cbegin(), k.evidence.cend(),
                               [&c](const CaseEvidence &e) { return e.sameItem(c.evidence); });
        });
        if (!cited)
            result.unplaced.append(c.evidence);
    }
    result.skills = SkillReadiness::gaps(input.matrix, target.ladderName, target.levelTitle, input.skills, input.goals);
    return result;
}

} // namespace careerplanner
