-- Schema version 8: compensation reports imported from files (Levels.fyi exports, the H-1B
-- disclosures, one's own sheet), and the user's corrections to how they are matched to
-- the ladders' levels. Amounts are integer minor units a year, like every amount here.

-- One import of one file. Removing it removes its reports.
CREATE TABLE market_import (
    id          INTEGER PRIMARY KEY,
    source_file TEXT NOT NULL CHECK (length(trim(source_file)) BETWEEN 1 AND 255),
    imported_on TEXT NOT NULL CHECK (date(imported_on) IS imported_on),
    shape       TEXT NOT NULL CHECK (shape IN ('own', 'levels_fyi', 'h1b')),
    rows_read   INTEGER NOT NULL CHECK (typeof(rows_read) = 'integer' AND rows_read >= 0)
);

-- One report of what someone is paid. fingerprint is a digest of the report's content and
-- occurrence counts the identical reports before it in its file (from 1): importing a file
-- again adds nothing, while two people who report the same figures stay two reports.
CREATE TABLE market_report (
    id          INTEGER PRIMARY KEY,
    import_id   INTEGER NOT NULL REFERENCES market_import (id) ON DELETE CASCADE,
    fingerprint INTEGER NOT NULL CHECK (typeof(fingerprint) = 'integer'),
    occurrence  INTEGER NOT NULL CHECK (typeof(occurrence) = 'integer' AND occurrence >= 1),
    company     TEXT NOT NULL DEFAULT '' CHECK (length(company) <= 200),
    title       TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
    level       TEXT NOT NULL DEFAULT '' CHECK (length(level) <= 100),
    location    TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 200),
    currency    TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    base        INTEGER CHECK (base IS NULL OR (typeof(base) = 'integer' AND base >= 0)),
    stock       INTEGER CHECK (stock IS NULL OR (typeof(stock) = 'integer' AND stock >= 0)),
    bonus       INTEGER CHECK (bonus IS NULL OR (typeof(bonus) = 'integer' AND bonus >= 0)),
    total       INTEGER CHECK (total IS NULL OR (typeof(total) = 'integer' AND total >= 0)),
    years_experience REAL CHECK (years_experience IS NULL
                                 OR (typeof(years_experience) = 'real' AND years_experience BETWEEN 0 AND 80)),
    report_date TEXT CHECK (report_date IS NULL OR date(report_date) IS report_date),
    CHECK (base IS NOT NULL OR total IS NOT NULL),
    UNIQUE (fingerprint, occurrence)
);
CREATE INDEX market_report_by_import ON market_report (import_id);
CREATE INDEX market_report_by_company ON market_report (company COLLATE NOCASE, title COLLATE NOCASE);
CREATE INDEX market_report_by_date ON market_report (report_date);

-- Another name of a company in the reports ("AWS" for "Amazon"). alias_key is the alias
-- folded to lower case with its spaces trimmed, as names are compared.
CREATE TABLE market_company_alias (
    id        INTEGER PRIMARY KEY,
    alias_key TEXT NOT NULL UNIQUE CHECK (length(alias_key) BETWEEN 1 AND 200),
    company   TEXT NOT NULL CHECK (length(trim(company)) BETWEEN 1 AND 200)
);

-- The user's own match for the reports of one title and level field (both folded like
-- alias_key; level_key empty for reports without a level): a ladder's level by name, or
-- none (both names empty) to leave them unmatched.
CREATE TABLE market_match (
    id          INTEGER PRIMARY KEY,
    title_key   TEXT NOT NULL CHECK (length(title_key) BETWEEN 1 AND 200),
    level_key   TEXT NOT NULL DEFAULT '' CHECK (length(level_key) <= 100),
    ladder_name TEXT NOT NULL DEFAULT '',
    level_title TEXT NOT NULL DEFAULT '',
    CHECK ((ladder_name = '') = (level_title = '')),
    UNIQUE (title_key, level_key)
);
