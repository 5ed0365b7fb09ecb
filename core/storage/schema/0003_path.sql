-- Schema version 3: the user's profile, their promotion path as scenarios of steps with
-- milestones, and the promotions that actually happened. Dates are ISO text (YYYY-MM-DD)
-- that SQLite's date() must give back unchanged: no malformed date is stored. (date()
-- lets 2026-02-30 through; the program checks that dates exist before writing.)

CREATE TABLE profile (
    id               INTEGER PRIMARY KEY CHECK (id = 1), -- one profile per plan
    name             TEXT NOT NULL DEFAULT '',
    ladder_name      TEXT NOT NULL DEFAULT '',
    level_title      TEXT NOT NULL DEFAULT '',
    level_start      TEXT CHECK (level_start IS NULL OR date(level_start) IS level_start),
    experience_years INTEGER CHECK (experience_years IS NULL
                                    OR (typeof(experience_years) = 'integer' AND experience_years BETWEEN 0 AND 60)),
    location         TEXT NOT NULL DEFAULT '',
    business_unit    TEXT NOT NULL DEFAULT ''
);

-- A way up the ladder. The primary scenario is "the plan"; others are what-ifs.
CREATE TABLE scenario (
    id         INTEGER PRIMARY KEY,
    position   INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
);
CREATE UNIQUE INDEX one_primary_scenario ON scenario (is_primary) WHERE is_primary = 1;

-- Step 0 is the level held now; each later step is a promotion to the next level, on its
-- target date. months_*: how long the step's level is held (minimum, most likely, maximum).
CREATE TABLE path_step (
    id            INTEGER PRIMARY KEY,
    scenario_id   INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    level_id      INTEGER REFERENCES level (id) ON DELETE SET NULL,
    ladder_name   TEXT NOT NULL,
    level_title   TEXT NOT NULL CHECK (length(trim(level_title)) > 0),
    branch        TEXT NOT NULL DEFAULT '' CHECK (branch IN ('', 'management', 'individual-contributor')),
    target_date   TEXT NOT NULL CHECK (date(target_date) IS target_date),
    months_min    INTEGER NOT NULL CHECK (typeof(months_min) = 'integer' AND months_min >= 0),
    months_likely INTEGER NOT NULL CHECK (typeof(months_likely) = 'integer' AND months_likely >= months_min),
    months_max    INTEGER NOT NULL CHECK (typeof(months_max) = 'integer' AND months_max >= months_likely
                                          AND months_max <= 600),
    UNIQUE (scenario_id, position)
);

CREATE TABLE milestone (
    id             INTEGER PRIMARY KEY,
    step_id        INTEGER NOT NULL REFERENCES path_step (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    due_date       TEXT CHECK (due_date IS NULL OR date(due_date) IS due_date),
    status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    completed_date TEXT CHECK (completed_date IS NULL OR date(completed_date) IS completed_date),
    evidence       TEXT NOT NULL DEFAULT '',
    CHECK (completed_date IS NULL OR status = 'done'),
    UNIQUE (step_id, position)
);

-- Promotions that happened, next to the plan.
CREATE TABLE promotion (
    id          INTEGER PRIMARY KEY,
    date        TEXT NOT NULL CHECK (date(date) IS date),
    level_id    INTEGER REFERENCES level (id) ON DELETE SET NULL,
    ladder_name TEXT NOT NULL,
    level_title TEXT NOT NULL CHECK (length(trim(level_title)) > 0),
    note        TEXT NOT NULL DEFAULT ''
);

CREATE INDEX path_step_by_scenario ON path_step (scenario_id, position);
CREATE INDEX milestone_by_step ON milestone (step_id, position);
