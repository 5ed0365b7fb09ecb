#include "core/base/JsonStrictness.h"

#include <QList>
#include <QSet>

#include <optional>

namespace careerplanner {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits after "\u" at json[at], or nothing.
std::optional<char16_t> unicodeEscape(const QByteArray &json, qsizetype at)
{
    if (at + 4 > json.size())
        return std::nullopt;
    int value = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const int digit = hexValue(json.at(i));
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + digit;
    }
    return static_cast<char16_t>(value);
}

struct Scanner
{
    const QByteArray &json;
    qsizetype at = 0;
    int line = 1;
    QString problem;

    // Keeps the first problem; the empty text it returns ends the string being read.
    QString fail(const QString &what)
    {
        problem = QStringLiteral("line %1: %2").arg(line).arg(what);
        return {};
    }

    // The string starting at the opening quote at json[at], decoded; leaves at past the
    // closing quote.
    QString readString()
    {
        QString text;
        qsizetype plainFrom = ++at;
        const auto flushPlain = [&] { text += QString::fromUtf8(json.constData() + plainFrom, at - plainFrom); };
        while (at < json.size() && json.at(at) != '"') {
            if (json.at(at) != '\\') {
                ++at;
                continue;
            }
            flushPlain();
            const char kind = at + 1 < json.size() ? json.at(at + 1) : '\0';
            if (kind == 'u') {
                const std::optional<char16_t> unit = unicodeEscape(json, at + 2);
                if (!unit)
                    return fail(QStringLiteral("a \\u escape without four hex digits"));
                if (QChar::isHighSurrogate(*unit)) {
                    const bool paired = at + 7 < json.size() && json.at(at + 6) == '\\' && json.at(at + 7) == 'u';
                    const std::optional<char16_t> low = paired ? unicodeEscape(json, at + 8) : std::nullopt;
                    if (!low || !QChar::isLowSurrogate(*low))
                        return loneSurrogate(*unit);
                    text += QChar(*unit);
                    text += QChar(*low);
                    at += 12;
                } else if (QChar::isLowSurrogate(*unit)) {
                    return loneSurrogate(*unit);
                } else {
                    text += QChar(*unit);
                    at += 6;
                }
            } else {
                static const QByteArray escaped("\"\\/bfnrt");
                static const QString meant = QStringLiteral("\"\\/\b\f\n\r\t");
                const qsizetype which = escaped.indexOf(kind);
                text += which >= 0 ? meant.at(which) : QChar(QLatin1Char(kind));
                at += 2;
            }
            plainFrom = at;
        }
        flushPlain();
        ++at; // the closing quote
        return text;
    }

    QString loneSurrogate(char16_t unit)
    {
        return fail(QStringLiteral("\\u%1 is half of a character (a lone surrogate)")
                        .arg(static_cast<int>(unit), 4, 16, QLatin1Char('0')));
    }
};

} // namespace

QString JsonStrictness::problem(const QByteArray &json)
{
    Scanner scanner { json, 0, 1, {} };
    // Per open object or array: the keys seen so far (objects only), and whether a key is next.
    struct Level
    {
        bool isObject = false;
        bool keyNext = false;
        QSet<QString> keys;
    };
    QList<Level> levels;
    while (scanner.at < json.size()) {
        const char c = json.at(scanner.at);
        switch (c) {
        case '\n':
            ++scanner.line;
            ++scanner.at;
            break;
        case '{':
            levels.append({ true, true, {} });
            ++scanner.at;
            break;
        case '[':
            levels.append({ false, false, {} });
            ++scanner.at;
            break;
        case '}':
        case ']':
            if (!levels.isEmpty())
                levels.removeLast();
            ++scanner.at;
            break;
        case ',':
            if (!levels.isEmpty() && levels.constLast().isObject)
                levels.last().keyNext = true;
            ++scanner.at;
            break;
        case '"': {
            const bool isKey = !levels.isEmpty() && levels.constLast().isObject && levels.constLast().keyNext;
            const QString text = scanner.readString();
            if (!scanner.problem.isEmpty())
                return scanner.problem;
            if (isKey) {
                Level &level = levels.last();
                level.keyNext = false;
                if (level.keys.contains(text)) {
                    scanner.fail(QStringLiteral("the key “%1” is given twice in one object").arg(text));
                    return scanner.problem;
                }
                level.keys.insert(text);
            }
            break;
        }
        default:
            ++scanner.at;
        }
    }
    return {};
}

} // namespace careerplanner
