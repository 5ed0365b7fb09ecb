#include "core/promotion/CaseMatcher.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace careerplanner {

namespace {

// Words too common in the guides' criteria to tell one from another.
const QSet<QString> &commonWords()
{
    static const QSet<QString> common {
        QStringLiteral("about"),   QStringLiteral("across"),  QStringLiteral("after"),   QStringLiteral("also"),
        QStringLiteral("been"),    QStringLiteral("being"),   QStringLiteral("build"),   QStringLiteral("from"),
        QStringLiteral("have"),    QStringLiteral("into"),    QStringLiteral("manag"),   QStringLiteral("management"),
        QStringLiteral("more"),    QStringLiteral("most"),    QStringLiteral("other"),   QStringLiteral("over"),
        QStringLiteral("product"), QStringLiteral("program"), QStringLiteral("rather"),  QStringLiteral("real"),
        QStringLiteral("show"),    QStringLiteral("strong"),  QStringLiteral("than"),    QStringLiteral("that"),
        QStringLiteral("their"),   QStringLiteral("them"),    QStringLiteral("then"),    QStringLiteral("there"),
        QStringLiteral("they"),    QStringLiteral("this"),    QStringLiteral("through"), QStringLiteral("very"),
        QStringLiteral("well"),    QStringLiteral("were"),    QStringLiteral("what"),    QStringLiteral("when"),
        QStringLiteral("which"),   QStringLiteral("while"),   QStringLiteral("with"),    QStringLiteral("work"),
        QStringLiteral("year"),    QStringLiteral("your"),    QStringLiteral("team"),    QStringLiteral("lot"),
    };
    return common;
}

QString stem(QString word)
{
    for (const char *suffix : { "ing", "ed", "es", "s", "ly" }) {
        const QLatin1String end(suffix);
        if (word.size() - end.size() >= 4 && word.endsWith(end)) {
            word.chop(end.size());
            break;
        }
    }
    return word;
}

} // namespace

QSet<QString> CaseMatcher::words(const QString &text)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> found;
    for (const QString &word : text.toLower().split(split, Qt::SkipEmptyParts)) {
        if (word.size() < 4)
            continue;
        const QString stemmed = stem(word);
        if (!commonWords().contains(word) && !commonWords().contains(stemmed))
            found.insert(stemmed);
    }
    return found;
}

QStringList CaseMatcher::skillsNamed(const QString &criterion, const QList<Skill> &skills)
{
    const QSet<QString> criterionWords = words(criterion);
    QStringList named;
    for (const Skill &skill : skills) {
        const QSet<QString> name = words(skill.name);
        if (name.isEmpty())
            continue;
        const auto shared = std::count_if(name.cbegin(), name.cend(),
                                          [&criterionWords](const QString &w) { return criterionWords.contains(w); });
        // Half the name's words, at least one: "Stakeholder management and influence" by "influence".
        if (shared > 0 && shared * 2 >= name.size())
            named.append(skill.key);
    }
    return named;
}

QString CaseMatcher::why(const QString &criterion, const QStringList &criterionSkills, const QString &text,
                         const QStringList &tags, const QList<Skill> &skills, int minimumShared)
{
    QStringList tagNames;
    for (const QString &key : criterionSkills) {
        if (!tags.contains(key))
            continue;
        const auto skill
            = std::find_if(skills.cbegin(), skills.cend(), [&key](const Skill &s) { return s.key == key; });
        tagNames.append(skill == skills.cend() ? key : skill->name);
    }
    if (!tagNames.isEmpty())
        return QCoreApplication::translate("CaseMatcher", "tagged %1").arg(tagNames.join(QStringLiteral(", ")));
    QStringList shared;
    const QSet<QString> own = words(text);
    for (const QString &word : words(criterion)) {
        if (own.contains(word))
            shared.append(QStringLiteral("“%1”").arg(word));
    }
    if (shared.size() < minimumShared)
        return {};
    std::sort(shared.begin(), shared.end());
    return QCoreApplication::translate("CaseMatcher", "shares %1").arg(shared.join(QStringLiteral(", ")));
}

} // namespace careerplanner
