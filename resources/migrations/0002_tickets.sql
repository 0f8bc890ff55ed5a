-- Schema v2: customer-service tickets (issue 3).
-- Times in the ticket tables are INTEGER seconds since the Unix epoch (UTC): a million
-- tickets with a dozen time columns each stay compact and compare fast in indexes.
-- tickets.n / ticket_events.n / attachments.n are local row numbers (the FTS docid and
-- the paging key); they are never synced — rows are identified by their UUID `id`
-- everywhere else. Codes (kind, channel, priority, status, event kind) are the
-- domain enums' code() strings.
-- Indexes exist only for queries TicketQuery / TicketService actually run.

CREATE TABLE customers (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    hlc         TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER NOT NULL DEFAULT 0
);
--;
-- create() reuses the customer with the same phone number.
CREATE INDEX customers_phone ON customers(phone);
--;
CREATE TABLE merchants (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    hlc         TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER NOT NULL DEFAULT 0
);
--;
-- create() reuses the merchant with the same name.
CREATE INDEX merchants_name ON merchants(name);
--;
CREATE TABLE tickets (
    n                    INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
    number               TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    channel              TEXT NOT NULL,
    priority             TEXT NOT NULL,
    status               TEXT NOT NULL,
    subject              TEXT NOT NULL,
    body                 TEXT NOT NULL DEFAULT '',
    customer_id          TEXT,
    customer_name        TEXT NOT NULL DEFAULT '',
    customer_phone       TEXT NOT NULL DEFAULT '',
    customer_email       TEXT NOT NULL DEFAULT '',
    order_no             TEXT NOT NULL DEFAULT '',
    merchant_id          TEXT,
    merchant_name        TEXT NOT NULL DEFAULT '',
    owner_id             TEXT,
    team_id              TEXT,
    special_case         INTEGER NOT NULL DEFAULT 0,
    special_reason       TEXT NOT NULL DEFAULT '',
    received_at          INTEGER NOT NULL,
    first_response_at    INTEGER,
    resolved_at          INTEGER,
    closed_at            INTEGER,
    paused_since         INTEGER,
    paused_secs          INTEGER NOT NULL DEFAULT 0,
    first_response_due   INTEGER,
    resolution_due       INTEGER,
    next_due             INTEGER,
    next_warn            INTEGER,
    csat_attitude        INTEGER,
    csat_efficiency      INTEGER,
    csat_result          INTEGER,
    csat_comment         TEXT,
    csat_at              INTEGER,
    merged_into          TEXT,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    hlc                  TEXT NOT NULL DEFAULT '',
    updated_by           TEXT NOT NULL DEFAULT '',
    deleted              INTEGER NOT NULL DEFAULT 0,
    server_seq           INTEGER NOT NULL DEFAULT 0
);
--;
CREATE UNIQUE INDEX tickets_number ON tickets(number);
--;
-- Queue: status filters sorted/filtered by due; "my open tickets"; team queues.
CREATE INDEX tickets_status_due ON tickets(status, next_due);
--;
CREATE INDEX tickets_owner_status_due ON tickets(owner_id, status, next_due);
--;
CREATE INDEX tickets_team_status ON tickets(team_id, status);
--;
CREATE INDEX tickets_received ON tickets(received_at);
--;
CREATE INDEX tickets_next_due ON tickets(next_due);
--;
CREATE INDEX tickets_order_no ON tickets(order_no);
--;
CREATE INDEX tickets_customer_phone ON tickets(customer_phone);
--;
CREATE INDEX tickets_merged_into ON tickets(merged_into);
--;
CREATE INDEX tickets_kind_received ON tickets(kind, received_at);
--;
-- The timeline (服务跟踪): one row per message, reply, note, status change, …
-- data_json holds the details ({"from":"open","to":"resolved"}, {"owner":…}, …).
CREATE TABLE ticket_events (
    n           INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    ticket_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    author_id   TEXT,
    author_name TEXT NOT NULL DEFAULT '',
    at          INTEGER NOT NULL,
    body        TEXT NOT NULL DEFAULT '',
    data_json   TEXT NOT NULL DEFAULT '{}',
    hlc         TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER NOT NULL DEFAULT 0
);
--;
CREATE INDEX ticket_events_ticket_at ON ticket_events(ticket_id, at);
--;
-- Evidence files, kept inside the encrypted database. sha256 is the hex digest of
-- content, checked on every read.
CREATE TABLE attachments (
    n           INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    ticket_id   TEXT NOT NULL,
    event_id    TEXT,
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
CREATE INDEX attachments_ticket ON attachments(ticket_id);
--;
-- Canned replies (快捷回复) with placeholders {customer_name} {order_no} {ticket_no} {agent_name}.
CREATE TABLE canned_replies (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL DEFAULT '',
    hlc         TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER NOT NULL DEFAULT 0
);
--;
-- Exceptions to the regular week for business-day SLAs: public holidays and make-up
-- working days (调休). day is 'YYYY-MM-DD', type 'holiday' or 'workday'.
CREATE TABLE calendar_days (
    id          TEXT PRIMARY KEY NOT NULL,
    day         TEXT NOT NULL,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    hlc         TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER NOT NULL DEFAULT 0
);
--;
CREATE UNIQUE INDEX calendar_days_day ON calendar_days(day) WHERE deleted = 0;
--;
-- Per-day ticket number counter of this workstation (CS-YYYYMMDD-NNNNNN, Beijing date).
-- Not synced.
CREATE TABLE ticket_numbers (
    day   TEXT PRIMARY KEY NOT NULL,
    last  INTEGER NOT NULL
);
--;
-- Full-text index, one document per ticket, docid = tickets.n; tokens are
-- SearchText::indexTokens() of the ticket's texts (overlapping CJK bigrams). Derived
-- data: not synced, rebuilt from the tickets and their events.
CREATE VIRTUAL TABLE ticket_search USING fts4(tokens)
