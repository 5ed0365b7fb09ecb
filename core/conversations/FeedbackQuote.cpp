#include "core/conversations/FeedbackQuote.h"

#include "core/base/EnumText.h"
#include "core/base/HappenedDate.h"
#include "core/path/PathValidator.h"

namespace careerplanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FeedbackQuote", text);
}

using Source = FeedbackQuote::Source;

constexpr EnumText<Source> Sources[] = {
    { Source::Manager, "manager", QT_TRANSLATE_NOOP("FeedbackQuote", "Manager") },
    { Source::SkipLevel, "skip_level", QT_TRANSLATE_NOOP("FeedbackQuote", "Skip-level manager") },
    { Source::Peer, "peer", QT_TRANSLATE_NOOP("FeedbackQuote", "Peer") },
    { Source::Report, "report", QT_TRANSLATE_NOOP("FeedbackQuote", "Direct report") },
    { Source::Customer, "customer", QT_TRANSLATE_NOOP("FeedbackQuote", "Customer") },
    { Source::Other, "other", QT_TRANSLATE_NOOP("FeedbackQuote", "Other") },
};

} // namespace

QList<Source> FeedbackQuote::sources()
{
    return enumtext::values(Sources);
}

QString FeedbackQuote::sourceKey(Source source)
{
    return enumtext::key(Sources, source);
}

std::optional<Source> FeedbackQuote::sourceFromKey(const QString &key)
{
    return enumtext::fromKey(Sources, key);
}

QString FeedbackQuote::sourceName(Source source)
{
    return enumtext::name("FeedbackQuote", Sources, source);
}

QString FeedbackQuote::attribution() const
{
    const QString name = person.simplified();
    return name.isEmpty() ? sourceName(source) : tr("%1, %2").arg(name, sourceName(source).toLower());
}

QString FeedbackQuote::validate(const FeedbackQuote &quote, const QDate &today)
{
    if (quote.quote.trimmed().isEmpty())
        return tr("Feedback needs the words you received.");
    if (quote.quote.size() > MaximumQuoteLength)
        return tr("Keep the quote under %1 characters.").arg(MaximumQuoteLength);
    if (quote.person.size() > 200)
        return tr("Keep the name under 200 characters.");
    if (quote.receivedOn.isValid() && !PathValidator::dateInRange(quote.receivedOn))
        return tr("The date received must be a real date between 1950 and 2200.");
    return HappenedDate::problem(HappenedDate::Kind::Feedback, quote.receivedOn, today);
}

QList<QStringList> FeedbackQuote::tagLists(const QList<FeedbackQuote> &quotes)
{
    QList<QStringList> lists;
    lists.reserve(quotes.size());
    for (const FeedbackQuote &quote : quotes)
        lists.append(quote.tags);
    return lists;
}

} // namespace careerplanner
