#include "core/market/MarketKeys.h"

#include <QSet>
#include <QStringList>

namespace careerplanner {

namespace {

QString spelledOut(const QString &word)
{
    static const QHash<QString, QString> words = {
        { QStringLiteral("sr"), QStringLiteral("senior") },
        { QStringLiteral("snr"), QStringLiteral("senior") },
        { QStringLiteral("jr"), QStringLiteral("junior") },
        { QStringLiteral("mgr"), QStringLiteral("manager") },
        { QStringLiteral("mngr"), QStringLiteral("manager") },
        { QStringLiteral("mgmt"), QStringLiteral("management") },
        { QStringLiteral("assoc"), QStringLiteral("associate") },
        { QStringLiteral("prin"), QStringLiteral("principal") },
        { QStringLiteral("tech"), QStringLiteral("technical") },
        { QStringLiteral("vp"), QStringLiteral("vice president") },
    };
    return words.value(word, word);
}

// Words that say how senior a title is, not what the job is.
bool saysSeniority(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("senior"), QStringLiteral("junior"),    QStringLiteral("principal"), QStringLiteral("lead"),
        QStringLiteral("staff"),  QStringLiteral("associate"), QStringLiteral("group"),     QStringLiteral("entry"),
        QStringLiteral("level"),  QStringLiteral("chief"),     QStringLiteral("i"),         QStringLiteral("ii"),
        QStringLiteral("iii"),    QStringLiteral("iv"),        QStringLiteral("v"),         QStringLiteral("vi"),
    };
    if (words.contains(word))
        return true;
    // "1" … "9", and level codes such as "l6" or "e5".
    return (word.size() == 1 && word.at(0).isDigit())
           || (word.size() <= 3 && word.at(0).isLetter() && word.size() > 1 && word.mid(1).toInt() > 0);
}

} // namespace

QString MarketKeys::fold(const QString &name)
{
    return name.simplified().toLower();
}

QString MarketKeys::title(const QString &title)
{
    QString plain;
    plain.reserve(title.size());
    for (const QChar c : title)
        plain += c.isLetterOrNumber() ? c.toLower() : QLatin1Char(' ');
    QStringList words = plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word = spelledOut(word);
    return words.join(QLatin1Char(' '));
}

QString MarketKeys::family(const QString &title)
{
    QStringList words = MarketKeys::title(title).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.removeIf(saysSeniority);
    return words.join(QLatin1Char(' '));
}

} // namespace careerplanner
