-- Schema version 11: career conversations, the feedback the user has received, and what the
-- user chose to put in (or leave out of) the case for a promotion.

-- A career conversation with a manager, a skip-level manager, a mentor or someone else.
-- next_on is the day the next one is booked for, when it is.
CREATE TABLE career_conversation (
    id        INTEGER PRIMARY KEY,
    held_on   TEXT NOT NULL CHECK (date(held_on) IS held_on),
    person    TEXT NOT NULL CHECK (length(trim(person)) BETWEEN 1 AND 200),
    relation  TEXT NOT NULL CHECK (relation IN ('manager', 'skip_level', 'mentor', 'other')),
    asked_for TEXT NOT NULL DEFAULT '' CHECK (length(asked_for) <= 20000),
    feedback  TEXT NOT NULL DEFAULT '' CHECK (length(feedback) <= 20000),
    next_on   TEXT CHECK (next_on IS NULL OR date(next_on) IS next_on)
);
CREATE INDEX career_conversation_by_date ON career_conversation (held_on);

-- What a conversation agreed, one action a row in order, with the milestone or skill goal
-- it was made into (if the milestone or goal is removed, the action stays, no longer made).
CREATE TABLE conversation_action (
    conversation_id INTEGER NOT NULL REFERENCES career_conversation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (typeof(position) = 'integer' AND position >= 0),
    text            TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 2000),
    milestone_id    INTEGER REFERENCES milestone (id) ON DELETE SET NULL,
    goal_id         INTEGER REFERENCES goal (id) ON DELETE SET NULL,
    PRIMARY KEY (conversation_id, position)
);
CREATE INDEX conversation_action_by_milestone ON conversation_action (milestone_id);
CREATE INDEX conversation_action_by_goal ON conversation_action (goal_id);

-- A quote of feedback received, with who gave it and in what capacity.
CREATE TABLE feedback_quote (
    id          INTEGER PRIMARY KEY,
    received_on TEXT CHECK (received_on IS NULL OR date(received_on) IS received_on),
    person      TEXT NOT NULL DEFAULT '' CHECK (length(person) <= 200),
    source      TEXT NOT NULL CHECK (source IN ('manager', 'skip_level', 'peer', 'report', 'customer', 'other')),
    quote       TEXT NOT NULL CHECK (length(trim(quote)) BETWEEN 1 AND 20000)
);

-- The skills and Leadership Principles a quote speaks to.
CREATE TABLE feedback_tag (
    feedback_id INTEGER NOT NULL REFERENCES feedback_quote (id) ON DELETE CASCADE,
    skill_id    INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (feedback_id, skill_id)
);
CREATE INDEX feedback_tag_by_skill ON feedback_tag (skill_id);

-- The user's word on one piece of evidence for one criterion of a step's promotion case:
-- put in at a position, or left out. Exactly one of the three items is named. Evidence
-- the user has said nothing about is suggested from its tags and words.
CREATE TABLE case_choice (
    step_id      INTEGER NOT NULL REFERENCES path_step (id) ON DELETE CASCADE,
    criterion    TEXT NOT NULL CHECK (length(criterion) BETWEEN 1 AND 2000),
    milestone_id INTEGER REFERENCES milestone (id) ON DELETE CASCADE,
    story_id     INTEGER REFERENCES story (id) ON DELETE CASCADE,
    feedback_id  INTEGER REFERENCES feedback_quote (id) ON DELETE CASCADE,
    included     INTEGER NOT NULL CHECK (included IN (0, 1)),
    position     INTEGER NOT NULL CHECK (typeof(position) = 'integer' AND position >= 0),
    CHECK ((milestone_id IS NOT NULL) + (story_id IS NOT NULL) + (feedback_id IS NOT NULL) = 1)
);
CREATE UNIQUE INDEX case_choice_by_item
    ON case_choice (step_id, criterion, ifnull(milestone_id, 0), ifnull(story_id, 0), ifnull(feedback_id, 0));
CREATE INDEX case_choice_by_milestone ON case_choice (milestone_id);
CREATE INDEX case_choice_by_story ON case_choice (story_id);
CREATE INDEX case_choice_by_feedback ON case_choice (feedback_id);
