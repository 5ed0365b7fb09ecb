-- Schema version 6: a branch of a level (the individual-contributor branch at Program
-- Management Leader) carries what it expects and the milestones a path on it works towards,
-- not only a title.

CREATE TABLE branch_item (
    id        INTEGER PRIMARY KEY,
    branch_id INTEGER NOT NULL REFERENCES level_branch (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('expectation', 'milestone')),
    position  INTEGER NOT NULL CHECK (typeof(position) = 'integer'),
    text      TEXT NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (branch_id, kind, position)
);
