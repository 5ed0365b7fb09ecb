#include "ui/ladders/LevelDetailView.h"

#include "core/ladders/CareerLadder.h"
#include "core/base/Money.h"

namespace careerplanner {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QString &heading, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(esc(heading));
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QString sourceLine(const SourceRef &source)
{
    if (source.isEmpty())
        return {};
    return source.file.isEmpty() ? esc(source.section)
                                 : QStringLiteral("<i>%1</i>, “%2”").arg(esc(source.file), esc(source.section));
}

} // namespace

LevelDetailView::LevelDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Level details"));
}

void LevelDetailView::clearView()
{
    setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Choose a ladder."))));
}

void LevelDetailView::showLadder(const CareerLadder &ladder)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(ladder.name));
    if (!ladder.company.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(ladder.company));
    html += QStringLiteral("<p>%1</p>").arg(esc(ladder.description));
    html += list(tr("Notes"), ladder.notes);
    html += list(tr("What promotions are judged on"), ladder.promotionCriteria);
    if (!ladder.interviewStages.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(esc(tr("Interview stages")));
        for (const InterviewStage &stage : ladder.interviewStages) {
            QString line = QStringLiteral("<b>%1</b>").arg(esc(stage.name));
            if (stage.durationMinutes)
                line += QStringLiteral(" (%1)").arg(
                    esc(*stage.durationMinutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(*stage.durationMinutes)));
            if (!stage.format.isEmpty())
                line += QStringLiteral(": %1").arg(esc(stage.format));
            html += QStringLiteral("<li>%1<br>%2</li>").arg(line, esc(stage.topics.join(QStringLiteral("; "))));
        }
        html += QStringLiteral("</ol>");
    }
    if (!ladder.source.isEmpty())
        html += QStringLiteral("<p><small>%1 %2</small></p>").arg(esc(tr("Source:")), sourceLine(ladder.source));
    html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Select a level to see its details.")));
    setHtml(html);
}

void LevelDetailView::showLevel(const CareerLadder &ladder, int levelIndex)
{
    const CareerLevel &level = ladder.levels.at(levelIndex);
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(level.title));
    QStringList facts;
    facts.append(tr("Level %1 of %2 on %3").arg(levelIndex + 1).arg(ladder.levels.size()).arg(ladder.name));
    if (!level.levelCode.isEmpty())
        facts.append(tr("Amazon level %1").arg(level.levelCode));
    if (level.lessCommon)
        facts.append(tr("Less common: few companies have it"));
    if (!level.alternativeTitles.isEmpty())
        facts.append(tr("Also called %1").arg(level.alternativeTitles.join(QStringLiteral(", "))));
    if (!level.yearsAtLevel.isEmpty())
        facts.append(tr("Typical time at this level: %1").arg(level.yearsAtLevel.toDisplayString()));
    if (!level.experienceYears.isEmpty())
        facts.append(tr("Experience asked for: %1").arg(level.experienceYears.toDisplayString()));
    html += QStringLiteral("<p>%1</p>").arg(esc(facts.join(QStringLiteral(" · "))));
    if (!level.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(level.summary));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Pay per year")));
    if (level.bands.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The sources give no figure. Edit the level to add your own.")));
    for (const SalaryBand &band : level.bands) {
        html += QStringLiteral("<p><b>%1:</b> %2")
                    .arg(esc(SalaryBand::kindToDisplayName(band.kind)), esc(band.toDisplayText(m_locale)));
        if (band.openEnded)
            html += QStringLiteral(" <i>(%1)</i>").arg(esc(tr("open-ended: can go higher")));
        html += QStringLiteral("<br><small>%1 %2</small></p>").arg(esc(tr("Source:")), sourceLine(band.source));
    }

    for (const LevelBranch &branch : level.branches) {
        const QString path
            = branch.path == QLatin1String("management") ? tr("management path") : tr("individual-contributor path");
        html += QStringLiteral("<p><b>%1</b> (%2): %3</p>").arg(esc(branch.title), esc(path), esc(branch.summary));
        html += list(tr("What %1 expects").arg(branch.title), branch.expectations);
        html += list(tr("Milestones on the %1").arg(path), branch.milestones);
    }
    html += list(tr("Responsibilities"), level.responsibilities);
    html += list(tr("Requirements"), level.requirements);
    html += list(tr("What it takes to advance"), level.toAdvance);
    if (!level.source.isEmpty())
        html += QStringLiteral("<p><small>%1 %2</small></p>").arg(esc(tr("Source:")), sourceLine(level.source));
    setHtml(html);
}

} // namespace careerplanner
