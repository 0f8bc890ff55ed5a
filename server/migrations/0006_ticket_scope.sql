-- Server schema v6: a ticket's owner and team as columns PostgreSQL keeps itself (stored
-- generated columns, NULL for every other table). A pull decides whether a user sees the
-- rows that follow a ticket (its events, files, after-sales requests) by the ticket's scope;
-- reading these two columns replaces reading and parsing each ticket's whole row, which
-- was most of the server's work for agents and leads (docs/performance.md).
ALTER TABLE sync_rows
    ADD COLUMN IF NOT EXISTS ticket_owner_id text
        GENERATED ALWAYS AS (CASE WHEN table_name = 'tickets' THEN fields->>'owner_id' END) STORED,
    ADD COLUMN IF NOT EXISTS ticket_team_id text
        GENERATED ALWAYS AS (CASE WHEN table_name = 'tickets' THEN fields->>'team_id' END) STORED
