-- Server schema v2: attachment contents (docs/sync-protocol.md "blobs"). Addressed by
-- their SHA-256, stored once however many attachment rows refer to them.
CREATE TABLE IF NOT EXISTS blobs (
    sha256 text PRIMARY KEY,
    content bytea NOT NULL,
    size bigint NOT NULL,
    uploaded_by text NOT NULL DEFAULT '',
    uploaded_at timestamptz NOT NULL DEFAULT now()
)
--;
CREATE INDEX IF NOT EXISTS sync_rows_attachment_sha ON sync_rows ((fields->>'sha256')) WHERE table_name = 'attachments'
