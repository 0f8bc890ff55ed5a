-- Server schema v1 (server/README.md). Statements are split by lines "--;".
CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)
--;
CREATE SEQUENCE IF NOT EXISTS sync_seq
--;
CREATE TABLE IF NOT EXISTS sync_rows (
    table_name text NOT NULL,
    row_id text NOT NULL,
    fields jsonb NOT NULL DEFAULT '{}'::jsonb,
    field_hlc jsonb NOT NULL DEFAULT '{}'::jsonb,
    hlc text NOT NULL,
    updated_by text NOT NULL DEFAULT '',
    deleted boolean NOT NULL DEFAULT false,
    server_seq bigint NOT NULL,
    PRIMARY KEY (table_name, row_id)
)
--;
CREATE UNIQUE INDEX IF NOT EXISTS sync_rows_seq ON sync_rows (server_seq)
--;
CREATE INDEX IF NOT EXISTS sync_rows_users_login ON sync_rows ((fields->>'login')) WHERE table_name = 'users'
--;
CREATE INDEX IF NOT EXISTS sync_rows_user_roles ON sync_rows ((fields->>'user_id')) WHERE table_name = 'user_roles'
--;
CREATE TABLE IF NOT EXISTS applied_ops (
    op_id text PRIMARY KEY,
    verdict jsonb NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
)
--;
CREATE TABLE IF NOT EXISTS tokens (
    hash text PRIMARY KEY,
    user_id text NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked boolean NOT NULL DEFAULT false
)
--;
CREATE TABLE IF NOT EXISTS login_failures (
    login text PRIMARY KEY,
    failed_count integer NOT NULL DEFAULT 0,
    locked_until timestamptz
)
