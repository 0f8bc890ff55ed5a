-- Schema v1: people, roles, teams, shared settings, audit log, sync outbox.
-- Every synced table carries the sync columns of ARCHITECTURE.md:
--   id (UUID text, made on the client), hlc (hybrid logical clock of the last
--   change), updated_by (user id), deleted (tombstone), server_seq (0 until synced).
-- Statements are separated by lines holding only "--;" (the runner splits on them).

CREATE TABLE teams (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    lead_id     TEXT,
    hlc         TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER NOT NULL DEFAULT 0
);
--;
CREATE UNIQUE INDEX teams_name ON teams(name) WHERE deleted = 0;
--;
CREATE TABLE roles (
    id          TEXT PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL UNIQUE,
    hlc         TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER NOT NULL DEFAULT 0
);
--;
-- Fixed ids so that every workstation and the server agree on them.
INSERT INTO roles (id, code) VALUES
    ('00000000-0000-4000-8000-000000000001', 'agent'),
    ('00000000-0000-4000-8000-000000000002', 'lead'),
    ('00000000-0000-4000-8000-000000000003', 'auditor'),
    ('00000000-0000-4000-8000-000000000004', 'trainer'),
    ('00000000-0000-4000-8000-000000000005', 'manager'),
    ('00000000-0000-4000-8000-000000000006', 'admin');
--;
CREATE TABLE users (
    id            TEXT PRIMARY KEY NOT NULL,
    login         TEXT NOT NULL COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    team_id       TEXT REFERENCES teams(id),
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    hlc           TEXT NOT NULL DEFAULT '',
    updated_by    TEXT NOT NULL DEFAULT '',
    deleted       INTEGER NOT NULL DEFAULT 0,
    server_seq    INTEGER NOT NULL DEFAULT 0
);
--;
CREATE UNIQUE INDEX users_login ON users(login) WHERE deleted = 0;
--;
CREATE INDEX users_team ON users(team_id);
--;
CREATE TABLE user_roles (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users(id),
    role_id     TEXT NOT NULL REFERENCES roles(id),
    hlc         TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER NOT NULL DEFAULT 0
);
--;
CREATE UNIQUE INDEX user_roles_pair ON user_roles(user_id, role_id) WHERE deleted = 0;
--;
CREATE TABLE settings (
    id          TEXT PRIMARY KEY NOT NULL,
    key         TEXT NOT NULL,
    value       TEXT,
    hlc         TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER NOT NULL DEFAULT 0
);
--;
CREATE UNIQUE INDEX settings_key ON settings(key) WHERE deleted = 0;
--;
-- Sign-in bookkeeping of this workstation (not synced: lockout is per workstation;
-- the server keeps its own).
CREATE TABLE local_logins (
    user_id        TEXT PRIMARY KEY NOT NULL REFERENCES users(id),
    failed_count   INTEGER NOT NULL DEFAULT 0,
    locked_until   TEXT,
    last_login_at  TEXT
);
--;
-- Append-only, hash-chained: hash = SHA-256(prev_hash | canonical entry). Local to
-- this workstation (each workstation keeps its own chain).
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor_id     TEXT NOT NULL,
    actor_login  TEXT NOT NULL,
    action       TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    before_json  TEXT NOT NULL,
    after_json   TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
--;
-- Changes waiting to be pushed (SYNC.md "Local capture"); a record is deleted only
-- when the server acknowledges its op_id.
CREATE TABLE sync_outbox (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id            TEXT NOT NULL UNIQUE,
    table_name       TEXT NOT NULL,
    row_id           TEXT NOT NULL,
    fields_json      TEXT NOT NULL,
    base_server_seq  INTEGER NOT NULL,
    hlc              TEXT NOT NULL,
    created_at       TEXT NOT NULL
);
--;
-- Workstation-local state (node id for the HLC, last HLC, sync cursor). Never synced.
CREATE TABLE local_state (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
);
--;
INSERT INTO local_state (key, value) VALUES ('node_id', lower(hex(randomblob(8))));
