//! The plan file's schema, as numbered migrations. Never edit a released migration: add
//! the next one, and a test that upgrades a sample file of the previous version.

use rusqlite_migration::{Migrations, M};

/// Marks a SQLite file as a Cascade plan ("OKRC"), so other SQLite files are refused.
pub const APPLICATION_ID: i32 = 0x4F4B_5243;

const MIGRATIONS: &[M<'static>] = &[M::up(
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
)];

/// The migrations, in order; the schema version is their count.
pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

/// The newest plan format this program writes and reads.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::migrations().validate().is_ok());
    }
}
