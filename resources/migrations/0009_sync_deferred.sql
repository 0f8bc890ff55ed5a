-- Schema v9: derived local data of a large pull, done once at its end (core/sync/README.md,
-- "Large pulls"). While the pages of a first sync arrive, the areas note here what their
-- derived data (the tickets' search documents and SLA columns) must be rebuilt for, in
-- each page's own transaction; SyncStore::finishDeferred rebuilds it and empties the
-- table. A pull that is cancelled or cut off leaves its notes for the next one. Never
-- synced. area: the hook's name ("tickets"; "tickets.sla" with an empty id = every
-- ticket's SLA columns, after the SLA policy or the calendar changed).
CREATE TABLE sync_deferred (
    area   TEXT NOT NULL,
    id     TEXT NOT NULL,
    PRIMARY KEY (area, id)
) WITHOUT ROWID;
