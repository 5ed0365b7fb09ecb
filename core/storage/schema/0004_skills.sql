-- Schema version 4: skills (the guides' skills and Amazon's Leadership Principles), the
-- proficiency each level expects, the user's skill goals with their check-ins, and the
-- STAR stories that prove the skills.

CREATE TABLE skill (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    key         TEXT NOT NULL UNIQUE CHECK (length(trim(key)) > 0),
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('skill', 'leadership_principle')),
    description TEXT NOT NULL DEFAULT ''
);

-- Proficiency on a 1-5 scale a level expects in a skill.
CREATE TABLE skill_expectation (
    level_id    INTEGER NOT NULL REFERENCES level (id) ON DELETE CASCADE,
    skill_id    INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    proficiency INTEGER NOT NULL CHECK (typeof(proficiency) = 'integer' AND proficiency BETWEEN 1 AND 5),
    PRIMARY KEY (level_id, skill_id)
);

-- A goal to reach a proficiency by a date, optionally for the level of a path step.
CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    skill_id    INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    target      INTEGER NOT NULL CHECK (typeof(target) = 'integer' AND target BETWEEN 1 AND 5),
    due_date    TEXT CHECK (due_date IS NULL OR date(due_date) IS due_date),
    for_level   TEXT NOT NULL DEFAULT '', -- the path level it serves, by title
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'paused', 'dropped')),
    notes       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE checkin (
    id          INTEGER PRIMARY KEY,
    goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    date        TEXT NOT NULL CHECK (date(date) IS date),
    proficiency INTEGER NOT NULL CHECK (typeof(proficiency) = 'integer' AND proficiency BETWEEN 1 AND 5),
    note        TEXT NOT NULL DEFAULT ''
);

-- Situation, Task, Action, Result.
CREATE TABLE story (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL CHECK (length(trim(title)) > 0),
    date      TEXT CHECK (date IS NULL OR date(date) IS date),
    situation TEXT NOT NULL DEFAULT '',
    task      TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL DEFAULT '',
    result    TEXT NOT NULL DEFAULT '',
    outcomes  TEXT NOT NULL DEFAULT '' -- measurable outcomes
);

-- A story's tags: skills and Leadership Principles it shows.
CREATE TABLE story_tag (
    story_id INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, skill_id)
);

CREATE INDEX checkin_by_goal ON checkin (goal_id, date);
CREATE INDEX story_tag_by_skill ON story_tag (skill_id);
