-- Schema v5: attachment contents travel apart from their rows (PUT/GET /v1/blobs,
-- docs/sync-protocol.md). The hashes this workstation has handed to the server (or
-- received from it), so that each file goes up at most once. Never synced.
CREATE TABLE sync_blobs_sent (
    sha256  TEXT PRIMARY KEY NOT NULL
);
--;
-- Attachments whose content has not arrived yet are found by this index.
CREATE INDEX attachments_missing_content ON attachments(sha256) WHERE content IS NULL;
