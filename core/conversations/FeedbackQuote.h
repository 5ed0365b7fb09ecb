#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace careerplanner {

// Feedback received, in the giver's words: evidence for a promotion case beside the stories.
struct FeedbackQuote
{
    enum class Source { Manager, SkipLevel, Peer, Report, Customer, Other };

    static constexpr int MaximumQuoteLength = 20000;

    qint64 id = 0;
    QDate receivedOn; // null: not known
    QString person; // who gave it; may be left out
    Source source = Source::Manager;
    QString quote;
    QStringList tags; // skill and Leadership Principle keys

    static QList<Source> sources();
    static QString sourceKey(Source source);
    static std::optional<Source> sourceFromKey(const QString &key);
    static QString sourceName(Source source); // for the user
    // "Priya Raman, manager", or the source alone when no one is named.
    QString attribution() const;
    static QString validate(const FeedbackQuote &quote, const QDate &today);
    // Each quote's tags, for counting what the quotes speak to.
    static QList<QStringList> tagLists(const QList<FeedbackQuote> &quotes);

    bool sameContentAs(const FeedbackQuote &o) const
    {
        return receivedOn == o.receivedOn && person == o.person && source == o.source && quote == o.quote
               && tags == o.tags;
    }
};

} // namespace careerplanner
