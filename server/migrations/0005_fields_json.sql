-- Server schema v5: a row's fields and field clocks are stored as json (the text as the
-- push wrote it) instead of jsonb. The server only ever reads them whole — a pull sends
-- the text as it is, a push merges in memory — or reads single keys with ->> (the indexes
-- of migrations 1–4, rebuilt on the new type), so jsonb's binary form cost a conversion to
-- text on every pulled row (PostgreSQL's largest item under load, docs/performance.md).
ALTER TABLE sync_rows ALTER COLUMN fields DROP DEFAULT
--;
ALTER TABLE sync_rows ALTER COLUMN field_hlc DROP DEFAULT
--;
ALTER TABLE sync_rows ALTER COLUMN fields TYPE json USING fields::json,
                      ALTER COLUMN field_hlc TYPE json USING field_hlc::json
--;
ALTER TABLE sync_rows ALTER COLUMN fields SET DEFAULT '{}'::json
--;
ALTER TABLE sync_rows ALTER COLUMN field_hlc SET DEFAULT '{}'::json
