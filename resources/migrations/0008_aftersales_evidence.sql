-- Schema v8: evidence files of after-sales requests (issue 5, "evidence attachments").
-- Same shape and sync columns as `attachments` (0002_tickets.sql): n is the local row
-- number, never synced; the content BLOB is not a declared sync field — it travels as
-- a blob addressed by sha256 (0005_sync_blobs.sql, SyncStore). A NULL content means the
-- row arrived but its bytes have not been fetched yet.
-- aftersales_requests.evidence_count is kept equal to the number of live rows here by
-- AfterSalesService, so the eligibility rules keep reading one number.

CREATE TABLE aftersales_evidence (
    n           INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    request_id  TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    size        INTEGER NOT NULL DEFAULT 0,
    sha256      TEXT NOT NULL,
    content     BLOB,
    added_at    INTEGER NOT NULL,
    added_by    TEXT,
    hlc         TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER NOT NULL DEFAULT 0
);
--;
-- The evidence of one request (listing, counting).
CREATE INDEX aftersales_evidence_request ON aftersales_evidence(request_id);
