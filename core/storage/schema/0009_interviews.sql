-- Schema version 9: interview preparation. The question bank (the guides' questions, the
-- bank's own and the user's), each practice attempt at a question with its self-ratings,
-- and drafts of the writing assessment.

-- An interview question. A question from the guides names its source; the bank's own
-- questions and the user's have none.
CREATE TABLE question (
    id             INTEGER PRIMARY KEY,
    text           TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 1000),
    stage          TEXT NOT NULL CHECK (stage IN ('recruiter_screen', 'phone_screen', 'writing_assessment',
                                                  'loop', 'bar_raiser')),
    kind           TEXT NOT NULL CHECK (kind IN ('behavioural', 'functional', 'technical')),
    source_file    TEXT NOT NULL DEFAULT '',
    source_section TEXT NOT NULL DEFAULT '',
    CHECK (source_file <> '' OR source_section = '')
);

-- The Leadership Principles and skills a question probes.
CREATE TABLE question_tag (
    question_id INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    skill_id    INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (question_id, skill_id)
);
CREATE INDEX question_tag_by_skill ON question_tag (skill_id);

-- The ladders a question belongs to, by name; a question without any belongs to every
-- ladder. Names rather than ids, so that removing a ladder does not make its questions
-- everyone's.
CREATE TABLE question_ladder (
    question_id INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    ladder_name TEXT NOT NULL CHECK (length(trim(ladder_name)) BETWEEN 1 AND 200),
    PRIMARY KEY (question_id, ladder_name)
);

-- One timed answer to a question: when, how long it took against which limit (none: no
-- limit), the story told (none: the user had no story for it) and a 1-5 rating of each
-- part of the rubric.
CREATE TABLE practice_attempt (
    id            INTEGER PRIMARY KEY,
    question_id   INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    practised_on  TEXT NOT NULL CHECK (date(practised_on) IS practised_on),
    seconds_taken INTEGER NOT NULL CHECK (typeof(seconds_taken) = 'integer' AND seconds_taken BETWEEN 0 AND 86400),
    time_limit    INTEGER CHECK (time_limit IS NULL
                                 OR (typeof(time_limit) = 'integer' AND time_limit BETWEEN 1 AND 86400)),
    story_id      INTEGER REFERENCES story (id) ON DELETE SET NULL,
    structure     INTEGER NOT NULL CHECK (typeof(structure) = 'integer' AND structure BETWEEN 1 AND 5),
    specificity   INTEGER NOT NULL CHECK (typeof(specificity) = 'integer' AND specificity BETWEEN 1 AND 5),
    result        INTEGER NOT NULL CHECK (typeof(result) = 'integer' AND result BETWEEN 1 AND 5),
    fit           INTEGER NOT NULL CHECK (typeof(fit) = 'integer' AND fit BETWEEN 1 AND 5),
    length        INTEGER NOT NULL CHECK (typeof(length) = 'integer' AND length BETWEEN 1 AND 5),
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX practice_attempt_by_question ON practice_attempt (question_id, practised_on);
CREATE INDEX practice_attempt_by_story ON practice_attempt (story_id);

-- A draft of the written exercise: the template it started from and its text.
CREATE TABLE writing_draft (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    template   TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 200000),
    written_on TEXT NOT NULL CHECK (date(written_on) IS written_on)
);
