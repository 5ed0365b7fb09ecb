-- Schema version 10: job applications and their interview loops. Each application, the
-- stages it goes through (with the principles they probe and the bank's questions asked
-- in them), the offer it may end in, and the reminders the user has marked done or
-- dismissed.

-- An application for a role. status_since is the day it reached its status, from which
-- a quiet application is told.
CREATE TABLE job_application (
    id           INTEGER PRIMARY KEY,
    company      TEXT NOT NULL CHECK (length(trim(company)) BETWEEN 1 AND 200),
    role         TEXT NOT NULL CHECK (length(trim(role)) BETWEEN 1 AND 200),
    ladder_name  TEXT NOT NULL DEFAULT '' CHECK (length(ladder_name) <= 200),
    level_title  TEXT NOT NULL DEFAULT '' CHECK (length(level_title) <= 200),
    found_via    TEXT NOT NULL DEFAULT '' CHECK (length(found_via) <= 500),
    contact      TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 500),
    applied_on   TEXT CHECK (applied_on IS NULL OR date(applied_on) IS applied_on),
    status       TEXT NOT NULL CHECK (status IN ('prospective', 'applied', 'recruiter_screen', 'phone_screen',
                                                 'writing_assessment', 'loop', 'offer', 'accepted', 'rejected',
                                                 'withdrawn')),
    status_since TEXT NOT NULL CHECK (date(status_since) IS status_since),
    notes        TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    thank_you    TEXT NOT NULL DEFAULT '' CHECK (length(thank_you) <= 20000)
);

-- A step of an application's hiring process, in order. A stage not yet booked has no
-- date; one booked for a day but no hour (a written exercise due) has no time. The time
-- is the wall-clock time in time_zone (an IANA name; empty: the computer's own).
CREATE TABLE application_stage (
    id               INTEGER PRIMARY KEY,
    application_id   INTEGER NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (typeof(position) = 'integer' AND position >= 0),
    name             TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    kind             TEXT NOT NULL CHECK (kind IN ('recruiter_screen', 'phone_screen', 'writing_assessment', 'loop',
                                                   'bar_raiser', 'decision', 'other')),
    on_date          TEXT CHECK (on_date IS NULL OR date(on_date) IS on_date),
    at_time          TEXT CHECK (at_time IS NULL OR (on_date IS NOT NULL AND time(at_time) IS at_time)),
    time_zone        TEXT NOT NULL DEFAULT '' CHECK (length(time_zone) <= 100),
    duration_minutes INTEGER NOT NULL CHECK (typeof(duration_minutes) = 'integer'
                                             AND duration_minutes BETWEEN 0 AND 1440),
    format           TEXT NOT NULL DEFAULT '' CHECK (length(format) <= 500),
    interviewer      TEXT NOT NULL DEFAULT '' CHECK (length(interviewer) <= 200),
    interviewer_role TEXT NOT NULL DEFAULT '' CHECK (length(interviewer_role) <= 200),
    rating           INTEGER CHECK (rating IS NULL OR (typeof(rating) = 'integer' AND rating BETWEEN 1 AND 5)),
    notes            TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000)
);
CREATE INDEX application_stage_by_application ON application_stage (application_id, position);

-- The Leadership Principles (and skills) a stage probes.
CREATE TABLE stage_principle (
    stage_id INTEGER NOT NULL REFERENCES application_stage (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (stage_id, skill_id)
);
CREATE INDEX stage_principle_by_skill ON stage_principle (skill_id);

-- The bank's questions asked in a stage.
CREATE TABLE stage_question (
    stage_id    INTEGER NOT NULL REFERENCES application_stage (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    PRIMARY KEY (stage_id, question_id)
);
CREATE INDEX stage_question_by_question ON stage_question (question_id);

-- The offer an application received: money in minor units of its currency.
CREATE TABLE application_offer (
    application_id    INTEGER PRIMARY KEY REFERENCES job_application (id) ON DELETE CASCADE,
    currency          TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    base_salary       INTEGER NOT NULL CHECK (typeof(base_salary) = 'integer' AND base_salary >= 0),
    sign_on_year1     INTEGER NOT NULL CHECK (typeof(sign_on_year1) = 'integer' AND sign_on_year1 >= 0),
    sign_on_year2     INTEGER NOT NULL CHECK (typeof(sign_on_year2) = 'integer' AND sign_on_year2 >= 0),
    stock_grant_value INTEGER NOT NULL CHECK (typeof(stock_grant_value) = 'integer' AND stock_grant_value >= 0),
    received_on       TEXT CHECK (received_on IS NULL OR date(received_on) IS received_on)
);

-- When an offer's stock grant vests, as a pay package's does.
CREATE TABLE offer_vesting (
    application_id INTEGER NOT NULL REFERENCES application_offer (application_id) ON DELETE CASCADE,
    month          INTEGER NOT NULL CHECK (typeof(month) = 'integer' AND month BETWEEN 1 AND 120),
    basis_points   INTEGER NOT NULL CHECK (typeof(basis_points) = 'integer' AND basis_points BETWEEN 1 AND 10000),
    PRIMARY KEY (application_id, month)
);

-- A reminder the user marked done or dismissed, by the key the rule that raised it gives.
CREATE TABLE application_reminder (
    application_id INTEGER NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,
    reminder_key   TEXT NOT NULL CHECK (length(reminder_key) BETWEEN 1 AND 100),
    state          TEXT NOT NULL CHECK (state IN ('done', 'dismissed')),
    PRIMARY KEY (application_id, reminder_key)
);
