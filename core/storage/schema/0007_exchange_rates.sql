-- Schema version 7: the user's own exchange rates. One unit of from_currency is worth rate
-- units of to_currency on rate_date. The rate is the decimal the user typed, as text, so
-- that it is kept exactly; one rate per pair of currencies, whichever way it is given.
-- (The currency the plan is shown in is plan_info's display_currency.)

CREATE TABLE exchange_rate (
    id            INTEGER PRIMARY KEY,
    from_currency TEXT NOT NULL CHECK (length(from_currency) = 3 AND from_currency = upper(from_currency)),
    to_currency   TEXT NOT NULL CHECK (length(to_currency) = 3 AND to_currency = upper(to_currency)
                                       AND to_currency <> from_currency),
    rate          TEXT NOT NULL CHECK (length(rate) BETWEEN 1 AND 16 AND rate NOT GLOB '*[^0-9.]*'),
    rate_date     TEXT NOT NULL CHECK (date(rate_date) IS rate_date),
    note          TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 200)
);
CREATE UNIQUE INDEX exchange_rate_pair
    ON exchange_rate (min(from_currency, to_currency), max(from_currency, to_currency));
