#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace careerplanner {

// One of the user's exchange rates: one unit of `from` is worth `rate` units of `to`, on
// the date it is for. The rate is kept as the decimal the user typed ("0.012"), so it is
// used, saved and exported exactly.
struct ExchangeRate
{
    qint64 id = 0;
    QString from;
    QString to;
    QString rate;
    QDate date;
    QString note;

    // The rate as digits and a decimal scale: "0.012" is 12 and 3. Empty when rate is not
    // a positive decimal of at most 15 digits (12 after the point).
    struct Exact
    {
        qint64 digits = 0;
        int scale = 0;
    };
    static std::optional<Exact> exact(const QString &rate);
    // The rate as it is stored: trimmed, "." for the point, no needless zeros ("0.0120" is
    // "0.012", ".5" is "0.5"); empty when it is not a rate.
    static QString normalized(const QString &rate);

    // What is wrong with it, in words for the user; empty when nothing is.
    QString problem() const;

    bool operator==(const ExchangeRate &o) const
    {
        return from == o.from && to == o.to && rate == o.rate && date == o.date && note == o.note;
    }
    bool operator!=(const ExchangeRate &o) const { return !(*this == o); }
};

} // namespace careerplanner
