-- Career Planner plan file, schema version 1: the plan's own copy of the career ladders.
-- Money columns hold integer minor units (cents); CHECK(typeof(...)) refuses anything else.
-- Booleans are 0/1. Lists keep their order in a "position" column.

CREATE TABLE plan_info (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE ladder (
    id             INTEGER PRIMARY KEY,
    position       INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    name           TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    company        TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    is_reference   INTEGER NOT NULL DEFAULT 0 CHECK (is_reference IN (0, 1)),
    source_file    TEXT NOT NULL DEFAULT '',
    source_section TEXT NOT NULL DEFAULT ''
);

-- Ladder-wide texts: notes about the track, and the criteria promotions are judged on.
CREATE TABLE ladder_item (
    id        INTEGER PRIMARY KEY,
    ladder_id INTEGER NOT NULL REFERENCES ladder (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('note', 'promotion_criterion')),
    position  INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    text      TEXT NOT NULL,
    UNIQUE (ladder_id, kind, position)
);

CREATE TABLE interview_stage (
    id               INTEGER PRIMARY KEY,
    ladder_id        INTEGER NOT NULL REFERENCES ladder (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    duration_minutes INTEGER CHECK (duration_minutes IS NULL
                                    OR (typeof(duration_minutes) = 'integer' AND duration_minutes > 0)),
    format           TEXT NOT NULL DEFAULT '',
    topics           TEXT NOT NULL DEFAULT '', -- one topic per line
    UNIQUE (ladder_id, position)
);

CREATE TABLE level (
    id                    INTEGER PRIMARY KEY,
    ladder_id             INTEGER NOT NULL REFERENCES ladder (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    title                 TEXT NOT NULL CHECK (length(trim(title)) > 0),
    level_code            TEXT NOT NULL DEFAULT '',
    summary               TEXT NOT NULL DEFAULT '',
    years_at_level_min    INTEGER CHECK (years_at_level_min IS NULL OR years_at_level_min >= 0),
    years_at_level_max    INTEGER CHECK (years_at_level_max IS NULL OR years_at_level_max >= years_at_level_min),
    years_at_level_open   INTEGER NOT NULL DEFAULT 0 CHECK (years_at_level_open IN (0, 1)),
    experience_min        INTEGER CHECK (experience_min IS NULL OR experience_min >= 0),
    experience_max        INTEGER CHECK (experience_max IS NULL OR experience_max >= experience_min),
    experience_open       INTEGER NOT NULL DEFAULT 0 CHECK (experience_open IN (0, 1)),
    less_common           INTEGER NOT NULL DEFAULT 0 CHECK (less_common IN (0, 1)),
    source_file           TEXT NOT NULL DEFAULT '',
    source_section        TEXT NOT NULL DEFAULT '',
    UNIQUE (ladder_id, position)
);

-- A level's texts: other titles, responsibilities, requirements, and what it takes to advance.
CREATE TABLE level_item (
    id       INTEGER PRIMARY KEY,
    level_id INTEGER NOT NULL REFERENCES level (id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('alternative_title', 'responsibility', 'requirement', 'to_advance')),
    position INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    text     TEXT NOT NULL,
    UNIQUE (level_id, kind, position)
);

CREATE TABLE level_branch (
    id       INTEGER PRIMARY KEY,
    level_id INTEGER NOT NULL REFERENCES level (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    title    TEXT NOT NULL CHECK (length(trim(title)) > 0),
    path     TEXT NOT NULL CHECK (path IN ('management', 'individual-contributor')),
    summary  TEXT NOT NULL DEFAULT '',
    UNIQUE (level_id, position)
);

-- maximum NULL: the source gives no top ("$200,000+"), so the band must be open-ended.
-- open_ended 1 with a maximum: the top is a floor, not a cap ("$80,000 - $150,000+").
CREATE TABLE salary_band (
    id             INTEGER PRIMARY KEY,
    level_id       INTEGER NOT NULL REFERENCES level (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('base', 'total')),
    minimum        INTEGER NOT NULL CHECK (typeof(minimum) = 'integer' AND minimum >= 0),
    maximum        INTEGER CHECK (maximum IS NULL
                                  OR (typeof(maximum) = 'integer' AND maximum >= minimum)),
    open_ended     INTEGER NOT NULL CHECK (open_ended IN (0, 1)),
    currency       TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    source_file    TEXT NOT NULL DEFAULT '',
    source_section TEXT NOT NULL DEFAULT '',
    CHECK (maximum IS NOT NULL OR open_ended = 1),
    UNIQUE (level_id, kind)
);

CREATE INDEX level_by_ladder ON level (ladder_id, position);
CREATE INDEX level_item_by_level ON level_item (level_id, kind, position);
CREATE INDEX salary_band_by_level ON salary_band (level_id);
