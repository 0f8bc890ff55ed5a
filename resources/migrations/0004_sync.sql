-- Schema v4: the workstation side of sync (issue 4, core/sync/README.md).
--
-- Changes the server refused (docs/sync-protocol.md "push"). Every refused op becomes
-- one row here and stays until a person resolves it (re-apply or discard); the change
-- itself is kept verbatim in fields_json, the server's version of the row (already
-- applied locally) in server_row_json. Never synced: each author sees their own.
CREATE TABLE sync_conflicts (
    id               TEXT PRIMARY KEY NOT NULL,
    op_id            TEXT NOT NULL UNIQUE,
    table_name       TEXT NOT NULL,
    row_id           TEXT NOT NULL,
    fields_json      TEXT NOT NULL,
    code             TEXT NOT NULL,
    server_row_json  TEXT NOT NULL DEFAULT '',
    server_seq       INTEGER NOT NULL DEFAULT 0,
    author_id        TEXT NOT NULL DEFAULT '',
    refused_at       TEXT NOT NULL,
    resolved_at      TEXT,
    resolution       TEXT NOT NULL DEFAULT ''
);
--;
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, refused_at);
--;
-- Ticket numbers are made per workstation (CS-YYYYMMDD-NNNNNN); two workstations working
-- offline on the same day can make the same number for different tickets, and both
-- tickets must still arrive everywhere. The number stays an index, no longer unique.
DROP INDEX tickets_number;
--;
CREATE INDEX tickets_number ON tickets(number);
