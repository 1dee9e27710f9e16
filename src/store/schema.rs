//! The plan file's schema, as numbered migrations. Never edit a released migration: add
//! the next one, and a test that upgrades a sample file of the previous version.

use rusqlite_migration::{Migrations, M};

/// Marks a SQLite file as a Cascade plan ("OKRC"), so other SQLite files are refused.
pub const APPLICATION_ID: i32 = 0x4F4B_5243;

const MIGRATIONS: &[M<'static>] = &[
    // 1: the organisation, objectives, key results and settings.
    M::up(
        r#"
CREATE TABLE node (
    id            TEXT PRIMARY KEY NOT NULL,
    key           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    level         INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
    parent_id     TEXT REFERENCES node(id) ON DELETE RESTRICT,
    role          TEXT NOT NULL DEFAULT '',
    new_hire      INTEGER NOT NULL DEFAULT 0 CHECK (new_hire IN (0, 1)),
    objective_cap INTEGER CHECK (objective_cap >= 0),
    notes         TEXT NOT NULL DEFAULT '',
    CHECK ((level = 0) = (parent_id IS NULL))
);
CREATE UNIQUE INDEX node_one_company ON node(level) WHERE level = 0;
CREATE INDEX node_parent ON node(parent_id);

CREATE TABLE objective (
    id           TEXT PRIMARY KEY NOT NULL,
    key          TEXT NOT NULL UNIQUE,
    quarter      TEXT NOT NULL,
    owner_id     TEXT NOT NULL REFERENCES node(id) ON DELETE RESTRICT,
    title        TEXT NOT NULL CHECK (trim(title) <> ''),
    description  TEXT NOT NULL DEFAULT '',
    parent_id    TEXT REFERENCES objective(id) ON DELETE SET NULL,
    carried_from TEXT REFERENCES objective(id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX objective_owner ON objective(owner_id, quarter);
CREATE INDEX objective_quarter ON objective(quarter);
CREATE INDEX objective_parent ON objective(parent_id);
CREATE INDEX objective_carried_from ON objective(carried_from);

CREATE TABLE key_result (
    id           TEXT PRIMARY KEY NOT NULL,
    objective_id TEXT NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL CHECK (trim(title) <> ''),
    kind         TEXT NOT NULL DEFAULT 'progress' CHECK (kind IN ('progress', 'keep-above', 'keep-below')),
    baseline     REAL,
    target       REAL NOT NULL,
    current      REAL NOT NULL,
    unit         TEXT NOT NULL DEFAULT '',
    weight       REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    CHECK (kind <> 'progress' OR baseline IS NOT NULL)
);
CREATE INDEX key_result_objective ON key_result(objective_id, position);

CREATE TABLE setting (
    name  TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
"#,
    ),
    // 2: the quarter's life. Key results get stable keys (filled for existing rows as the
    // objective's key + "-kr" + position from 1, which cannot collide: objective keys are
    // unique and the suffix is split off at its last "-kr"), a manual score and the
    // latest confidence; objectives say whether they are committed; check-ins keep each
    // key result's history; teams are marked reviewed per quarter, with comments per
    // objective; a quarter can be locked.
    //
    // Locking is checked twice. Each edit function asks first (`edit::review::
    // ensure_unlocked`), which gives the precise error: the quarter and who locked it.
    // Triggers in the file refuse every write of a locked quarter's rows whatever code
    // path does it (an import or rollover writing rows directly, a foreign-key cascade),
    // so a new write path cannot forget the lock; their message is the plain literal
    // 'quarter-locked' (RAISE with a computed message would make the schema unreadable
    // to SQLite before 3.48, i.e. to most SQLite tools a user might open the file with),
    // and `Plan::transact` turns it into the same typed error.
    M::up(
        r#"
ALTER TABLE objective ADD COLUMN commitment TEXT NOT NULL DEFAULT 'aspirational'
    CHECK (commitment IN ('committed', 'aspirational'));

ALTER TABLE key_result ADD COLUMN key TEXT;
ALTER TABLE key_result ADD COLUMN score REAL CHECK (score IS NULL OR (score >= 0 AND score <= 1));
ALTER TABLE key_result ADD COLUMN confidence TEXT
    CHECK (confidence IS NULL OR confidence IN ('on-track', 'at-risk', 'off-track'));
UPDATE key_result SET key =
    (SELECT o.key FROM objective o WHERE o.id = key_result.objective_id) || '-kr' || (position + 1);
CREATE UNIQUE INDEX key_result_key ON key_result(key);

CREATE TABLE checkin (
    id            TEXT PRIMARY KEY NOT NULL,
    key_result_id TEXT NOT NULL REFERENCES key_result(id) ON DELETE CASCADE,
    date          TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    value         REAL NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    who           TEXT NOT NULL DEFAULT '',
    confidence    TEXT CHECK (confidence IS NULL OR confidence IN ('on-track', 'at-risk', 'off-track')),
    recorded_at   TEXT NOT NULL
);
CREATE INDEX checkin_key_result ON checkin(key_result_id, date, recorded_at);

CREATE TABLE review (
    node_id     TEXT NOT NULL REFERENCES node(id) ON DELETE CASCADE,
    quarter     TEXT NOT NULL,
    reviewed_by TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    UNIQUE (node_id, quarter)
);

CREATE TABLE objective_comment (
    id           TEXT PRIMARY KEY NOT NULL,
    objective_id TEXT NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    author       TEXT NOT NULL,
    text         TEXT NOT NULL CHECK (trim(text) <> ''),
    created_at   TEXT NOT NULL
);
CREATE INDEX objective_comment_objective ON objective_comment(objective_id, created_at);

CREATE TABLE quarter_lock (
    quarter   TEXT PRIMARY KEY NOT NULL,
    locked_by TEXT NOT NULL,
    locked_at TEXT NOT NULL
);

CREATE TRIGGER objective_insert_locked BEFORE INSERT ON objective
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM quarter_lock l WHERE l.quarter = NEW.quarter;
END;
CREATE TRIGGER objective_update_locked BEFORE UPDATE ON objective
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM quarter_lock l WHERE l.quarter IN (OLD.quarter, NEW.quarter);
END;
CREATE TRIGGER objective_delete_locked BEFORE DELETE ON objective
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM quarter_lock l WHERE l.quarter = OLD.quarter;
END;

CREATE TRIGGER key_result_insert_locked BEFORE INSERT ON key_result
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM objective o JOIN quarter_lock l ON l.quarter = o.quarter WHERE o.id = NEW.objective_id;
END;
CREATE TRIGGER key_result_update_locked BEFORE UPDATE ON key_result
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM objective o JOIN quarter_lock l ON l.quarter = o.quarter
    WHERE o.id IN (OLD.objective_id, NEW.objective_id);
END;
CREATE TRIGGER key_result_delete_locked BEFORE DELETE ON key_result
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM objective o JOIN quarter_lock l ON l.quarter = o.quarter WHERE o.id = OLD.objective_id;
END;

CREATE TRIGGER checkin_insert_locked BEFORE INSERT ON checkin
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM key_result k JOIN objective o ON o.id = k.objective_id JOIN quarter_lock l ON l.quarter = o.quarter
    WHERE k.id = NEW.key_result_id;
END;
CREATE TRIGGER checkin_update_locked BEFORE UPDATE ON checkin
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM key_result k JOIN objective o ON o.id = k.objective_id JOIN quarter_lock l ON l.quarter = o.quarter
    WHERE k.id IN (OLD.key_result_id, NEW.key_result_id);
END;
CREATE TRIGGER checkin_delete_locked BEFORE DELETE ON checkin
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM key_result k JOIN objective o ON o.id = k.objective_id JOIN quarter_lock l ON l.quarter = o.quarter
    WHERE k.id = OLD.key_result_id;
END;

CREATE TRIGGER objective_comment_insert_locked BEFORE INSERT ON objective_comment
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM objective o JOIN quarter_lock l ON l.quarter = o.quarter WHERE o.id = NEW.objective_id;
END;
CREATE TRIGGER objective_comment_delete_locked BEFORE DELETE ON objective_comment
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM objective o JOIN quarter_lock l ON l.quarter = o.quarter WHERE o.id = OLD.objective_id;
END;

CREATE TRIGGER review_insert_locked BEFORE INSERT ON review
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM quarter_lock l WHERE l.quarter = NEW.quarter;
END;
CREATE TRIGGER review_update_locked BEFORE UPDATE ON review
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM quarter_lock l WHERE l.quarter IN (OLD.quarter, NEW.quarter);
END;
CREATE TRIGGER review_delete_locked BEFORE DELETE ON review
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM quarter_lock l WHERE l.quarter = OLD.quarter;
END;
"#,
    ),
    // 3: review copies (see REVIEW below).
    M::up(REVIEW),
    // 4: what a key result measures (CSAT, FRT, FCR…), as the helpdesk's weekly report
    // names its columns, so one report updates every key result it measures.
    M::up("ALTER TABLE key_result ADD COLUMN measure TEXT NOT NULL DEFAULT '';"),
    // 5: the plan's history (see HISTORY below).
    M::up(HISTORY),
];

/// How a review copy's triggers start the message of a change they refuse; the rest
/// says what was refused.
pub(crate) const REVIEW_SCOPE_ABORT: &str = "cascade-review-scope: ";

/// Review copies (`crate::review_copy`). `plan_meta` gives every plan an identity, so a review
/// copy can say which plan it was taken from; a review copy also records there what it
/// covers and the state of every row it holds at hand-out (the base of the three-way
/// merge). `review_scope` lists the nodes a review copy covers.
///
/// The triggers refuse, in a review copy only (when `plan_meta` holds `review_of`), any
/// change outside the reviewed part, with an error the core turns into
/// [`crate::Error::OutsideReview`]. They are a courtesy to the reviewer, who learns at
/// once what is not theirs to change; the merge does not rely on them (anyone with
/// sqlite3 can drop a trigger) and compares the copy with its base instead.
///
/// Every table that holds plan content needs its three triggers here (a test checks it).
const REVIEW: &str = r#"
CREATE TABLE plan_meta (
    name  TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
INSERT INTO plan_meta (name, value) VALUES ('plan_id',
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) ||
    substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))));

CREATE TABLE review_scope (
    node_id TEXT PRIMARY KEY NOT NULL
);

CREATE TRIGGER review_guard_node_insert BEFORE INSERT ON node
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = NEW.parent_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: adding someone outside the reviewed part'); END;

CREATE TRIGGER review_scope_node_insert AFTER INSERT ON node
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
BEGIN INSERT OR IGNORE INTO review_scope (node_id) VALUES (NEW.id); END;

CREATE TRIGGER review_guard_node_update BEFORE UPDATE ON node
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing someone outside the reviewed part'); END;

CREATE TRIGGER review_guard_node_move BEFORE UPDATE OF parent_id, id ON node
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND (NEW.id IS NOT OLD.id OR NEW.parent_id IS NOT OLD.parent_id)
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = NEW.parent_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: moving someone outside the reviewed part'); END;

CREATE TRIGGER review_guard_node_delete BEFORE DELETE ON node
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: removing someone outside the reviewed part'); END;

CREATE TRIGGER review_guard_objective_insert BEFORE INSERT ON objective
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = NEW.owner_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: adding an objective for someone outside the reviewed part'); END;

CREATE TRIGGER review_guard_objective_update BEFORE UPDATE ON objective
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = OLD.owner_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing an objective outside the reviewed part'); END;

CREATE TRIGGER review_guard_objective_reassign BEFORE UPDATE OF owner_id ON objective
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NEW.owner_id IS NOT OLD.owner_id
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = NEW.owner_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: giving an objective to someone outside the reviewed part'); END;

CREATE TRIGGER review_guard_objective_delete BEFORE DELETE ON objective
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = OLD.owner_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: deleting an objective outside the reviewed part'); END;

CREATE TRIGGER review_guard_key_result_insert BEFORE INSERT ON key_result
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM objective o JOIN review_scope s ON s.node_id = o.owner_id
                 WHERE o.id = NEW.objective_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: adding a key result to an objective outside the reviewed part'); END;

CREATE TRIGGER review_guard_key_result_update BEFORE UPDATE ON key_result
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM objective o JOIN review_scope s ON s.node_id = o.owner_id
                 WHERE o.id = OLD.objective_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing a key result of an objective outside the reviewed part'); END;

CREATE TRIGGER review_guard_key_result_move BEFORE UPDATE OF objective_id ON key_result
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NEW.objective_id IS NOT OLD.objective_id
 AND NOT EXISTS (SELECT 1 FROM objective o JOIN review_scope s ON s.node_id = o.owner_id
                 WHERE o.id = NEW.objective_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: moving a key result to an objective outside the reviewed part'); END;

CREATE TRIGGER review_guard_key_result_delete BEFORE DELETE ON key_result
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM objective o JOIN review_scope s ON s.node_id = o.owner_id
                 WHERE o.id = OLD.objective_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: deleting a key result of an objective outside the reviewed part'); END;

CREATE TRIGGER review_guard_setting_insert BEFORE INSERT ON setting
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing the settings of the plan'); END;

CREATE TRIGGER review_guard_setting_update BEFORE UPDATE ON setting
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing the settings of the plan'); END;

CREATE TRIGGER review_guard_setting_delete BEFORE DELETE ON setting
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing the settings of the plan'); END;

CREATE TRIGGER review_guard_checkin_insert BEFORE INSERT ON checkin
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM key_result k JOIN objective o ON o.id = k.objective_id
                 JOIN review_scope s ON s.node_id = o.owner_id WHERE k.id = NEW.key_result_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: recording a check-in outside the reviewed part'); END;

CREATE TRIGGER review_guard_checkin_update BEFORE UPDATE ON checkin
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM key_result k JOIN objective o ON o.id = k.objective_id
                 JOIN review_scope s ON s.node_id = o.owner_id
                 WHERE k.id = OLD.key_result_id AND NEW.key_result_id = OLD.key_result_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing a check-in outside the reviewed part'); END;

CREATE TRIGGER review_guard_checkin_delete BEFORE DELETE ON checkin
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM key_result k JOIN objective o ON o.id = k.objective_id
                 JOIN review_scope s ON s.node_id = o.owner_id WHERE k.id = OLD.key_result_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: deleting a check-in outside the reviewed part'); END;

CREATE TRIGGER review_guard_review_insert BEFORE INSERT ON review
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = NEW.node_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: marking someone outside the reviewed part as reviewed'); END;

CREATE TRIGGER review_guard_review_update BEFORE UPDATE ON review
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND (NEW.node_id IS NOT OLD.node_id OR NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = OLD.node_id))
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing the review mark of someone outside the reviewed part'); END;

CREATE TRIGGER review_guard_review_delete BEFORE DELETE ON review
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = OLD.node_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: removing the review mark of someone outside the reviewed part'); END;

CREATE TRIGGER review_guard_objective_comment_insert BEFORE INSERT ON objective_comment
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM objective o JOIN review_scope s ON s.node_id = o.owner_id
                 WHERE o.id = NEW.objective_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: commenting on an objective outside the reviewed part'); END;

CREATE TRIGGER review_guard_objective_comment_update BEFORE UPDATE ON objective_comment
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM objective o JOIN review_scope s ON s.node_id = o.owner_id
                 WHERE o.id = OLD.objective_id AND NEW.objective_id = OLD.objective_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing a comment outside the reviewed part'); END;

CREATE TRIGGER review_guard_objective_comment_delete BEFORE DELETE ON objective_comment
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM objective o JOIN review_scope s ON s.node_id = o.owner_id
                 WHERE o.id = OLD.objective_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: deleting a comment outside the reviewed part'); END;

CREATE TRIGGER review_guard_quarter_lock_insert BEFORE INSERT ON quarter_lock
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: locking or unlocking a quarter'); END;

CREATE TRIGGER review_guard_quarter_lock_update BEFORE UPDATE ON quarter_lock
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: locking or unlocking a quarter'); END;

CREATE TRIGGER review_guard_quarter_lock_delete BEFORE DELETE ON quarter_lock
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: locking or unlocking a quarter'); END;

CREATE TRIGGER review_guard_meta_insert BEFORE INSERT ON plan_meta
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing the record of where this review copy came from'); END;

CREATE TRIGGER review_guard_meta_update BEFORE UPDATE ON plan_meta
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing the record of where this review copy came from'); END;

CREATE TRIGGER review_guard_meta_delete BEFORE DELETE ON plan_meta
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing the record of where this review copy came from'); END;
"#;

/// The plan's history (`crate::history`): one row per change that went through the door,
/// with who made it, through which door, a description kept as a message id and its
/// values (so it is said in the reader's language), and what changed as a changeset of
/// SQLite's session extension — every row and field before and after, which SQLite can
/// invert and apply to undo it. `undone` orders the entries taken back (the last undone
/// is redone first); a new change makes every undone entry not `redoable`.
///
/// SQLite records changes only of tables with a primary key, so `review`, which had only
/// a unique constraint, gets one; its triggers go with the old table and are made again.
const HISTORY: &str = r#"
CREATE TABLE review_keyed (
    node_id     TEXT NOT NULL REFERENCES node(id) ON DELETE CASCADE,
    quarter     TEXT NOT NULL,
    reviewed_by TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    PRIMARY KEY (node_id, quarter)
);
INSERT INTO review_keyed (node_id, quarter, reviewed_by, reviewed_at)
    SELECT node_id, quarter, reviewed_by, reviewed_at FROM review;
DROP TABLE review;
ALTER TABLE review_keyed RENAME TO review;

CREATE TRIGGER review_insert_locked BEFORE INSERT ON review
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM quarter_lock l WHERE l.quarter = NEW.quarter;
END;
CREATE TRIGGER review_update_locked BEFORE UPDATE ON review
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM quarter_lock l WHERE l.quarter IN (OLD.quarter, NEW.quarter);
END;
CREATE TRIGGER review_delete_locked BEFORE DELETE ON review
BEGIN
    SELECT RAISE(ABORT, 'quarter-locked')
    FROM quarter_lock l WHERE l.quarter = OLD.quarter;
END;

CREATE TRIGGER review_guard_review_insert BEFORE INSERT ON review
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = NEW.node_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: marking someone outside the reviewed part as reviewed'); END;

CREATE TRIGGER review_guard_review_update BEFORE UPDATE ON review
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND (NEW.node_id IS NOT OLD.node_id OR NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = OLD.node_id))
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: changing the review mark of someone outside the reviewed part'); END;

CREATE TRIGGER review_guard_review_delete BEFORE DELETE ON review
WHEN EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')
 AND NOT EXISTS (SELECT 1 FROM review_scope WHERE node_id = OLD.node_id)
BEGIN SELECT RAISE(ABORT, 'cascade-review-scope: removing the review mark of someone outside the reviewed part'); END;

CREATE TABLE history (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL DEFAULT '',
    door      TEXT NOT NULL DEFAULT '',
    what      TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'change' CHECK (kind IN ('change', 'fill')),
    changes   BLOB NOT NULL,
    rows      INTEGER NOT NULL DEFAULT 0,
    undone    INTEGER,
    undone_at TEXT,
    undone_by TEXT,
    redoable  INTEGER NOT NULL DEFAULT 1 CHECK (redoable IN (0, 1))
);
CREATE INDEX history_at ON history(at);
CREATE UNIQUE INDEX history_undone ON history(undone) WHERE undone IS NOT NULL;
"#;

/// The migrations, in order; the schema version is their count. Format 6, the compact
/// file, rewrites every table in Rust (`super::compact`), so it is not plain SQL.
pub fn migrations() -> Migrations<'static> {
    let mut all = MIGRATIONS.to_vec();
    all.push(M::up_with_hook("", super::compact::upgrade));
    Migrations::new(all)
}

/// The newest plan format this program writes and reads.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64 + 1;

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::migrations().validate().is_ok());
    }

    /// A trigger whose RAISE computes its message needs SQLite 3.48; older SQLite (the
    /// tools a user or a support desk may open the plan with) then cannot read the schema
    /// at all. Every RAISE must give a plain literal.
    #[test]
    fn raise_messages_are_literals() {
        let mut seen = 0;
        for m in super::MIGRATIONS {
            let sql = format!("{m:?}");
            for (at, _) in sql.match_indices("RAISE(") {
                seen += 1;
                let rest = &sql[at + "RAISE(ABORT, '".len()..];
                assert!(sql[at..].starts_with("RAISE(ABORT, '"), "{}", &sql[at..at + 40]);
                let end = rest.find('\'').expect("closing quote");
                assert!(
                    rest[end + 1..].starts_with(')'),
                    "computed RAISE message: {}",
                    &sql[at..at + 60]
                );
            }
        }
        assert_eq!(seen, 50, "the lock and review-copy triggers were all looked at");
    }
}
