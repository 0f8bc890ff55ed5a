-- Server schema v3: after-sales evidence files are blobs too (docs/sync-protocol.md
-- "blobs"); GET /v1/blobs/<sha256> looks their rows up by hash like attachments.
CREATE INDEX IF NOT EXISTS sync_rows_evidence_sha ON sync_rows ((fields->>'sha256')) WHERE table_name = 'aftersales_evidence'
