-- Schema version 2: the user's pay packages (a current job, offers) and actual pay history.
-- Money in integer minor units, rates in basis points (350 = 3.5%).

CREATE TABLE pay_package (
    id                INTEGER PRIMARY KEY,
    position          INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    name              TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind              TEXT NOT NULL CHECK (kind IN ('current_job', 'offer')),
    currency          TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    base_salary       INTEGER NOT NULL CHECK (typeof(base_salary) = 'integer' AND base_salary >= 0),
    annual_raise_bp   INTEGER NOT NULL DEFAULT 0
                      CHECK (typeof(annual_raise_bp) = 'integer' AND annual_raise_bp BETWEEN -5000 AND 10000),
    sign_on_year1     INTEGER NOT NULL DEFAULT 0 CHECK (typeof(sign_on_year1) = 'integer' AND sign_on_year1 >= 0),
    sign_on_year2     INTEGER NOT NULL DEFAULT 0 CHECK (typeof(sign_on_year2) = 'integer' AND sign_on_year2 >= 0),
    stock_grant_value INTEGER NOT NULL DEFAULT 0
                      CHECK (typeof(stock_grant_value) = 'integer' AND stock_grant_value >= 0),
    stock_shares      INTEGER CHECK (stock_shares IS NULL OR (typeof(stock_shares) = 'integer' AND stock_shares >= 0)),
    stock_price       INTEGER CHECK (stock_price IS NULL OR (typeof(stock_price) = 'integer' AND stock_price >= 0)),
    refresher_value   INTEGER NOT NULL DEFAULT 0
                      CHECK (typeof(refresher_value) = 'integer' AND refresher_value >= 0),
    stock_growth_bp   INTEGER NOT NULL DEFAULT 0
                      CHECK (typeof(stock_growth_bp) = 'integer' AND stock_growth_bp BETWEEN -9000 AND 10000),
    yearly_bonus      INTEGER NOT NULL DEFAULT 0 CHECK (typeof(yearly_bonus) = 'integer' AND yearly_bonus >= 0)
);

CREATE TABLE vesting_tranche (
    id           INTEGER PRIMARY KEY,
    package_id   INTEGER NOT NULL REFERENCES pay_package (id) ON DELETE CASCADE,
    month        INTEGER NOT NULL CHECK (typeof(month) = 'integer' AND month BETWEEN 1 AND 120),
    basis_points INTEGER NOT NULL CHECK (typeof(basis_points) = 'integer' AND basis_points BETWEEN 1 AND 10000),
    UNIQUE (package_id, month)
);

-- One row per calendar year actually worked. The level is linked while it exists; its
-- ladder and title are kept as text too, so history survives editing the ladders.
CREATE TABLE pay_history (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL UNIQUE CHECK (typeof(year) = 'integer' AND year BETWEEN 1950 AND 2200),
    level_id     INTEGER REFERENCES level (id) ON DELETE SET NULL,
    ladder_name  TEXT NOT NULL DEFAULT '',
    level_title  TEXT NOT NULL DEFAULT '',
    currency     TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    base         INTEGER NOT NULL CHECK (typeof(base) = 'integer' AND base >= 0),
    bonus        INTEGER NOT NULL DEFAULT 0 CHECK (typeof(bonus) = 'integer' AND bonus >= 0),
    stock_vested INTEGER NOT NULL DEFAULT 0 CHECK (typeof(stock_vested) = 'integer' AND stock_vested >= 0)
);

CREATE INDEX vesting_tranche_by_package ON vesting_tranche (package_id, month);
