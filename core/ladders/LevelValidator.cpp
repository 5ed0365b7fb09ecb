#include "core/ladders/LevelValidator.h"

#include "core/base/Money.h"

#include <QCoreApplication>

#include <algorithm>

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LevelValidator", text);
}

void checkYears(const YearRange &range, LevelValidator::Field field, QList<LevelValidator::Issue> &out)
{
    if (!range.minimum) {
        if (range.maximum || range.openEnded)
            out.append({ field, tr("Give the lowest number of years first.") });
        return;
    }
    if (*range.minimum < 0 || (range.maximum && *range.maximum < 0))
        out.append({ field, tr("Years cannot be negative.") });
    else if (*range.minimum > 60 || (range.maximum && *range.maximum > 60))
        out.append({ field, tr("More than 60 years is not a career span.") });
    else if (range.maximum && *range.maximum < *range.minimum)
        out.append({ field, tr("The most years must not be fewer than the least.") });
}

} // namespace

QList<LevelValidator::Issue> LevelValidator::validateBand(const SalaryBand &band)
{
    const Field field = band.kind == SalaryBand::Kind::Base ? Field::BaseBand : Field::TotalBand;
    QList<Issue> issues;
    if (!Money::isCurrencyCode(band.currency))
        issues.append({ field, tr("The currency must be a three-letter code such as USD.") });
    if (band.minimum < 0 || (band.maximum && *band.maximum < 0))
        issues.append({ field, tr("An amount cannot be negative.") });
    else if (band.minimum > Money::MaximumMinorUnits || (band.maximum && *band.maximum > Money::MaximumMinorUnits))
        issues.append({ field, tr("That amount is too large.") });
    else if (band.maximum && *band.maximum < band.minimum)
        issues.append({ field, tr("The minimum is above the maximum.") });
    if (!band.maximum && !band.openEnded)
        issues.append({ field, tr("Enter a maximum, or mark the band as open-ended (+).") });
    return issues;
}

QList<LevelValidator::Issue> LevelValidator::validateLevel(const CareerLevel &level)
{
    QList<Issue> issues;
    if (level.title.trimmed().isEmpty())
        issues.append({ Field::Title, tr("A level needs a title.") });
    else if (level.title.size() > MaximumTextLength)
        issues.append({ Field::Title, tr("Keep the title under %1 characters.").arg(MaximumTextLength) });
    if (level.levelCode.size() > 20)
        issues.append({ Field::LevelCode, tr("Keep the level code under 20 characters.") });
    checkYears(level.yearsAtLevel, Field::YearsAtLevel, issues);
    checkYears(level.experienceYears, Field::ExperienceYears, issues);

    bool seen[2] = { false, false };
    for (const SalaryBand &band : level.bands) {
        bool &kindSeen = seen[band.kind == SalaryBand::Kind::Base ? 0 : 1];
        if (kindSeen) {
            issues.append({ band.kind == SalaryBand::Kind::Base ? Field::BaseBand : Field::TotalBand,
                            tr("A level has at most one band of each kind.") });
        }
        kindSeen = true;
        issues.append(validateBand(band));
    }
    for (const LevelBranch &branch : level.branches) {
        if (branch.title.trimmed().isEmpty())
            issues.append({ Field::Branches, tr("A branch needs a title.") });
        if (branch.path != QLatin1String("management") && branch.path != QLatin1String("individual-contributor"))
            issues.append({ Field::Branches, tr("A branch is on the management or the individual-contributor path.") });
        for (const QStringList *texts : { &branch.expectations, &branch.milestones }) {
            if (std::any_of(texts->cbegin(), texts->cend(),
                            [](const QString &text) { return text.trimmed().isEmpty(); }))
                issues.append({ Field::Branches, tr("A branch's expectations and milestones cannot be empty.") });
        }
    }
    return issues;
}

QList<LevelValidator::Issue> LevelValidator::validateLadderHeader(const CareerLadder &ladder)
{
    QList<Issue> issues;
    if (ladder.name.trimmed().isEmpty())
        issues.append({ Field::LadderName, tr("A ladder needs a name.") });
    else if (ladder.name.size() > MaximumTextLength)
        issues.append({ Field::LadderName, tr("Keep the name under %1 characters.").arg(MaximumTextLength) });
    return issues;
}

QStringList LevelValidator::validateLadder(const CareerLadder &ladder)
{
    QStringList messages;
    for (const Issue &issue : validateLadderHeader(ladder))
        messages.append(issue.message);
    for (int i = 0; i < ladder.levels.size(); ++i) {
        const CareerLevel &level = ladder.levels.at(i);
        const QString name
            = level.title.trimmed().isEmpty() ? tr("level %1").arg(i + 1) : QStringLiteral("“%1”").arg(level.title);
        for (const Issue &issue : validateLevel(level))
            messages.append(QStringLiteral("%1: %2").arg(name, issue.message));
    }
    return messages;
}

QString LevelValidator::firstMessageFor(const QList<Issue> &issues, Field field)
{
    for (const Issue &issue : issues) {
        if (issue.field == field)
            return issue.message;
    }
    return {};
}

} // namespace careerplanner
