-- Merchant document scans are served as blobs like attachments and after-sales evidence
-- (BlobHandler::get looks up the document row of a sha256 for auditors, managers and
-- admins).
CREATE INDEX IF NOT EXISTS sync_rows_merchant_doc_sha ON sync_rows ((fields->>'sha256')) WHERE table_name = 'merchant_documents'
