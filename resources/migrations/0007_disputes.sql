-- Schema v7: dispute mediation 纠纷调解 (issue 5, disputes part; DisputeService).
-- Conventions of 0002/0006: UUID ids, times as INTEGER epoch seconds (UTC), optional
-- references NULL, enum values as their code() strings, money in fen (INTEGER), and the
-- sync columns hlc/updated_by/deleted/server_seq on every synced table.

-- One dispute between a buyer and a merchant, opened from an after-sales request or a
-- ticket. ticket_id is the ticket whose timeline records every step (the request's ticket
-- when opened from a request). claim_fen is what the buyer claims (the request amount, or
-- typed when opened from a ticket): a partial refund may not exceed it.
-- One evidence deadline for both buyer and merchant (DisputePolicy, on the SLA clock).
-- outcome / refund_fen / reasoning / decided_by / decided_at are the decision in force
-- (the appeal decision replaces the first one); first_decided_by is who made the first
-- decision (an appeal must be decided by another manager).
CREATE TABLE disputes (
    id                 TEXT PRIMARY KEY NOT NULL,
    number             TEXT NOT NULL,
    status             TEXT NOT NULL,
    aftersales_id      TEXT,
    ticket_id          TEXT,
    merchant_id        TEXT NOT NULL,
    buyer_name         TEXT NOT NULL,
    subject            TEXT NOT NULL,
    claim_fen          INTEGER NOT NULL,
    opened_by          TEXT NOT NULL,
    opened_at          INTEGER NOT NULL,
    evidence_deadline  INTEGER NOT NULL,
    outcome            TEXT,
    refund_fen         INTEGER NOT NULL DEFAULT 0,
    reasoning          TEXT NOT NULL DEFAULT '',
    decided_by         TEXT,
    decided_at         INTEGER,
    first_decided_by   TEXT,
    appeal_party       TEXT,
    appeal_reason      TEXT NOT NULL DEFAULT '',
    appealed_at        INTEGER,
    closed_at          INTEGER,
    close_note         TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    hlc                TEXT NOT NULL DEFAULT '',
    updated_by         TEXT NOT NULL DEFAULT '',
    deleted            INTEGER NOT NULL DEFAULT 0,
    server_seq         INTEGER NOT NULL DEFAULT 0
);
--;
-- Number allocation: the highest DP-YYYYMMDD- number of a day.
CREATE INDEX disputes_number ON disputes(number);
--;
-- "Is there already an unfinished dispute for this request / ticket?"
CREATE INDEX disputes_aftersales ON disputes(aftersales_id);
--;
CREATE INDEX disputes_ticket ON disputes(ticket_id);
--;
-- Statements with evidence: party is "buyer", "merchant" or "platform"; the text and the
-- number of evidence attachments handed in with it (the files themselves stay on the
-- ticket, like an after-sales request's evidence count). recorded_by is the staff member
-- who entered it (buyers and merchants are not users).
CREATE TABLE dispute_statements (
    id                TEXT PRIMARY KEY NOT NULL,
    dispute_id        TEXT NOT NULL,
    party             TEXT NOT NULL,
    body              TEXT NOT NULL,
    attachment_count  INTEGER NOT NULL DEFAULT 0,
    recorded_by       TEXT NOT NULL,
    recorded_at       INTEGER NOT NULL,
    hlc               TEXT NOT NULL DEFAULT '',
    updated_by        TEXT NOT NULL DEFAULT '',
    deleted           INTEGER NOT NULL DEFAULT 0,
    server_seq        INTEGER NOT NULL DEFAULT 0
);
--;
CREATE INDEX dispute_statements_dispute ON dispute_statements(dispute_id);
--;
-- The outcome of a dispute on the merchant's record, for the credit file 信用档案 (a later
-- issue turns upheld outcomes into credit events). One row per decided dispute, whose id
-- is the dispute's id: written at the first decision, replaced by the appeal decision,
-- final = 1 once the decision can no longer change (appeal decided, or the dispute closed).
-- upheld = 1 when the buyer's complaint was upheld against the merchant (full or partial
-- refund, DisputeRules::isUpheldAgainstMerchant).
CREATE TABLE dispute_outcomes (
    id           TEXT PRIMARY KEY NOT NULL,
    merchant_id  TEXT NOT NULL,
    dispute_id   TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    refund_fen   INTEGER NOT NULL DEFAULT 0,
    upheld       INTEGER NOT NULL DEFAULT 0,
    final        INTEGER NOT NULL DEFAULT 0,
    decided_at   INTEGER NOT NULL,
    hlc          TEXT NOT NULL DEFAULT '',
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    server_seq   INTEGER NOT NULL DEFAULT 0
);
--;
-- The credit file reads a merchant's outcomes.
CREATE INDEX dispute_outcomes_merchant ON dispute_outcomes(merchant_id);
