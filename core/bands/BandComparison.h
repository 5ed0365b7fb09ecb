#pragma once

#include "core/bands/SalaryBand.h"

#include <QList>
#include <QStringList>
#include <QString>

#include <optional>

namespace careerplanner {

// Side-by-side figures for two to four levels, and what each step from one to the next
// is worth, midpoint to midpoint. An open-ended band has no true midpoint, so every
// figure that depends on one says which way it may be off.
class BandComparison
{
public:
    static constexpr int MinimumLevels = 2;
    static constexpr int MaximumLevels = 4;

    enum class Certainty {
        Exact, // both bands closed
        AtLeast, // the higher level's band is open: the step is worth this or more
        AtMost, // the lower level's band is open: the step is worth this or less
        Approximate // both open: direction unknown
    };

    struct Entry
    {
        QString label; // "Senior Product Manager (Product Management)"
        std::optional<SalaryBand> band;
        std::optional<qint64> midpoint; // (min + max) / 2, or the floor of a band with no top
        bool midpointIsFloor = false; // true when the band is open-ended
    };

    struct Step
    {
        std::optional<qint64> difference; // next midpoint minus this one
        std::optional<int> basisPoints; // difference / this midpoint, 1250 = 12.5%
        Certainty certainty = Certainty::Exact;
    };

    static Entry entryFor(const QString &label, const std::optional<SalaryBand> &band);
    // Steps between neighbours: one fewer than entries. No figure where a band is missing
    // or the currencies differ.
    static QList<Step> steps(const QList<Entry> &entries);
    static QString certaintyPrefix(Certainty certainty); // "", "≥ ", "≤ ", "≈ "

    // What putting the entries in one currency did: the rates used, and why an entry was
    // left without its band ("… is in EUR and … in USD: add an exchange rate …").
    struct Conversion
    {
        QStringList rates;
        QString problem;
    };
    // Every band in the first band's currency, through the user's rates; a band without a
    // rate is taken out (its label says its currency), never compared as it is.
    static Conversion toOneCurrency(QList<Entry> *entries, const CurrencyConverter &converter);
};

} // namespace careerplanner
