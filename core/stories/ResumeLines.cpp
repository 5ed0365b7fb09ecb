#include "core/stories/ResumeLines.h"

#include <QRegularExpression>

#include <algorithm>

namespace careerplanner {

namespace {

// The first sentence of text on one line, without its closing stop.
QString firstSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    QString sentence = text.simplified();
    const QRegularExpressionMatch match = end.match(sentence);
    if (match.hasMatch())
        sentence.truncate(match.capturedStart());
    while (sentence.endsWith(QLatin1Char('.')) || sentence.endsWith(QLatin1Char(';')))
        sentence.chop(1);
    return sentence.trimmed();
}

// A clause that follows a comma starts lower-case, unless it starts with a name or an acronym.
QString asClause(QString text)
{
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

ResumeLines::Line ResumeLines::fromStory(const Story &story)
{
    static const QRegularExpression figure(QStringLiteral("\\d"));
    Line line;
    line.storyId = story.id;
    const QString done = firstSentence(story.action);
    const QString outcome = firstSentence(story.outcomes.isEmpty() ? story.result : story.outcomes);
    if (done.isEmpty() && outcome.isEmpty())
        return line;
    if (done.isEmpty())
        line.text = outcome;
    else if (outcome.isEmpty())
        line.text = done;
    else
        line.text = done + QStringLiteral(", ") + asClause(outcome);
    line.text[0] = line.text.at(0).toUpper();
    line.text += QLatin1Char('.');
    line.measurable = outcome.contains(figure);
    return line;
}

QList<ResumeLines::Line> ResumeLines::fromStories(const QList<Story> &stories)
{
    QList<Story> byDate = stories;
    std::stable_sort(byDate.begin(), byDate.end(), [](const Story &a, const Story &b) { return a.date > b.date; });
    QList<Line> lines;
    for (const Story &story : byDate) {
        const Line line = fromStory(story);
        if (!line.text.isEmpty())
            lines.append(line);
    }
    std::stable_partition(lines.begin(), lines.end(), [](const Line &line) { return line.measurable; });
    return lines;
}

QString ResumeLines::asText(const QList<Line> &lines)
{
    QString text;
    for (const Line &line : lines)
        text += QStringLiteral("- ") + line.text + QLatin1Char('\n');
    return text;
}

} // namespace careerplanner
