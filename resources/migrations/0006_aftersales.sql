-- Schema v6: after-sales requests and their approvals (issue 5, storage part).
-- Conventions of 0002_tickets.sql: UUID ids, times as INTEGER seconds since the Unix
-- epoch (UTC), optional references NULL, enum values as their code() strings, and the
-- sync columns hlc/updated_by/deleted/server_seq on every synced table.
-- Amounts are exact money in fen (INTEGER), never REAL. Calendar dates (delivery,
-- request) are Beijing dates as ISO text "YYYY-MM-DD": they are days, not instants.
-- item_flags: the ItemFlag codes separated by ",", in allItemFlags() order.
-- Indexes exist only for queries AfterSalesService runs.

CREATE TABLE aftersales_requests (
    id                   TEXT PRIMARY KEY NOT NULL,
    number               TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    status               TEXT NOT NULL,
    ticket_id            TEXT,
    order_no             TEXT NOT NULL DEFAULT '',
    delivery_date        TEXT NOT NULL,
    request_date         TEXT NOT NULL,
    item_name            TEXT NOT NULL DEFAULT '',
    item_flags           TEXT NOT NULL DEFAULT '',
    warranty_days        INTEGER,
    evidence_count       INTEGER NOT NULL DEFAULT 0,
    amount_fen           INTEGER NOT NULL,
    order_total_fen      INTEGER NOT NULL,
    refunded_before_fen  INTEGER NOT NULL DEFAULT 0,
    reason               TEXT NOT NULL,
    reason_text          TEXT NOT NULL DEFAULT '',
    requester_id         TEXT NOT NULL,
    required_level       TEXT NOT NULL,
    override_by          TEXT,
    override_reason      TEXT NOT NULL DEFAULT '',
    rejection_reason     TEXT,
    rejection_text       TEXT NOT NULL DEFAULT '',
    info_note            TEXT NOT NULL DEFAULT '',
    compensation_fen     INTEGER NOT NULL DEFAULT 0,
    executed_at          INTEGER,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    hlc                  TEXT NOT NULL DEFAULT '',
    updated_by           TEXT NOT NULL DEFAULT '',
    deleted              INTEGER NOT NULL DEFAULT 0,
    server_seq           INTEGER NOT NULL DEFAULT 0
);
--;
-- Number allocation: the highest AS-YYYYMMDD- number of a day (a range on the index).
CREATE INDEX aftersales_requests_number ON aftersales_requests(number);
--;
-- Refunds already executed for the same order (the refundable-amount check).
CREATE INDEX aftersales_requests_order_no ON aftersales_requests(order_no);
--;
-- One row per decision on a request: decision is "approved", "rejected" or
-- "returned"; approver_roles are the approver's role codes (",") at that moment, which
-- the approval ladder counts.
CREATE TABLE aftersales_approvals (
    id              TEXT PRIMARY KEY NOT NULL,
    request_id      TEXT NOT NULL,
    approver_id     TEXT NOT NULL,
    approver_roles  TEXT NOT NULL DEFAULT '',
    decided_at      INTEGER NOT NULL,
    decision        TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    hlc             TEXT NOT NULL DEFAULT '',
    updated_by      TEXT NOT NULL DEFAULT '',
    deleted         INTEGER NOT NULL DEFAULT 0,
    server_seq      INTEGER NOT NULL DEFAULT 0
);
--;
-- The approvals of one request (every approve / reject / return).
CREATE INDEX aftersales_approvals_request ON aftersales_approvals(request_id);
