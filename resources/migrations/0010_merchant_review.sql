-- Schema v10: merchant onboarding review 商家入驻审核 (issue 6; DOMAIN.md "Merchant
-- onboarding review"; core/services/merchantservice.h). Every table syncs through the
-- generic mechanism (sync columns hlc … server_seq); n is the local row number, never
-- synced. Times are epoch seconds; dates ('YYYY-MM-DD', '' = none) are Beijing dates.
--
-- merchant_reviews: one application or periodic re-review (定期复核) of a merchant, with
-- the merchant data as submitted. Identity values (credit_code, legal_rep_id,
-- bank_account, contact_phone) are stored normalised (MerchantIdentity), so duplicate
-- detection is an indexed equality. due_at is derived local data (not synced, like the
-- tickets' SLA columns), NULL while information is requested and once decided; pauses is
-- the JSON list of [requested, answered|null] epoch pairs the due
-- time was computed from. docs_expire_on is the earliest valid-until date of the live
-- documents ('' when none expires).

CREATE TABLE merchant_reviews (
    n                   INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE,
    number              TEXT NOT NULL,
    merchant_id         TEXT NOT NULL,
    kind                TEXT NOT NULL,
    rereview_cause      TEXT NOT NULL DEFAULT '',
    legal_name          TEXT NOT NULL,
    credit_code         TEXT NOT NULL,
    legal_rep           TEXT NOT NULL,
    legal_rep_id        TEXT NOT NULL DEFAULT '',
    contact_name        TEXT NOT NULL DEFAULT '',
    contact_phone       TEXT NOT NULL DEFAULT '',
    bank_account        TEXT NOT NULL DEFAULT '',
    categories          TEXT NOT NULL DEFAULT '',
    brand               TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL,
    submitted_at        INTEGER NOT NULL,
    first_reviewer_id   TEXT,
    second_reviewer_id  TEXT,
    pauses              TEXT NOT NULL DEFAULT '[]',
    due_at              INTEGER,
    decided_at          INTEGER,
    reject_reason       TEXT NOT NULL DEFAULT '',
    reject_text         TEXT NOT NULL DEFAULT '',
    docs_expire_on      TEXT NOT NULL DEFAULT '',
    created_by          TEXT,
    hlc                 TEXT NOT NULL DEFAULT '',
    updated_by          TEXT NOT NULL DEFAULT '',
    deleted             INTEGER NOT NULL DEFAULT 0,
    server_seq          INTEGER NOT NULL DEFAULT 0
);
--;
-- The queue: counts of a status view read this index alone; pages in due order walk the
-- next one (paused and decided reviews, without a due time, last) and stop after a page.
CREATE INDEX merchant_reviews_live ON merchant_reviews(deleted, status, due_at);
--;
CREATE INDEX merchant_reviews_due ON merchant_reviews(due_at IS NULL, due_at, number);
--;
CREATE INDEX merchant_reviews_submitted ON merchant_reviews(submitted_at);
--;
CREATE INDEX merchant_reviews_number ON merchant_reviews(number);
--;
CREATE INDEX merchant_reviews_first ON merchant_reviews(first_reviewer_id, status);
--;
CREATE INDEX merchant_reviews_merchant ON merchant_reviews(merchant_id);
--;
-- Duplicate detection: one equality lookup per identity value.
CREATE INDEX merchant_reviews_credit_code ON merchant_reviews(credit_code);
--;
CREATE INDEX merchant_reviews_legal_rep_id ON merchant_reviews(legal_rep_id);
--;
CREATE INDEX merchant_reviews_bank_account ON merchant_reviews(bank_account);
--;
CREATE INDEX merchant_reviews_phone ON merchant_reviews(contact_phone);
--;
-- Documents of a review with their scans. Like aftersales_evidence (0008): the content
-- BLOB is not a declared sync field; it travels as a blob addressed by sha256, and NULL
-- means the row arrived before its bytes.
CREATE TABLE merchant_documents (
    n            INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    review_id    TEXT NOT NULL,
    kind         TEXT NOT NULL,
    number       TEXT NOT NULL,
    valid_until  TEXT NOT NULL DEFAULT '',
    file_name    TEXT NOT NULL,
    mime_type    TEXT NOT NULL,
    size         INTEGER NOT NULL DEFAULT 0,
    sha256       TEXT NOT NULL,
    content      BLOB,
    verified     INTEGER NOT NULL DEFAULT 0,
    verified_by  TEXT,
    added_at     INTEGER NOT NULL,
    added_by     TEXT,
    hlc          TEXT NOT NULL DEFAULT '',
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    server_seq   INTEGER NOT NULL DEFAULT 0
);
--;
CREATE INDEX merchant_documents_review ON merchant_documents(review_id);
--;
-- The timeline of a review: who did what, when and why.
CREATE TABLE merchant_review_events (
    id          TEXT PRIMARY KEY NOT NULL,
    review_id   TEXT NOT NULL,
    at          INTEGER NOT NULL,
    actor_id    TEXT,
    action      TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT '',
    hlc         TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0,
    server_seq  INTEGER NOT NULL DEFAULT 0
);
--;
CREATE INDEX merchant_review_events_review ON merchant_review_events(review_id, at);
--;
-- The credit file 信用档案: events scored with the rules version and delta in force when
-- recorded (never rescored), source_id naming a dispute outcome an event came from.
CREATE TABLE credit_events (
    id             TEXT PRIMARY KEY NOT NULL,
    merchant_id    TEXT NOT NULL,
    kind           TEXT NOT NULL,
    delta          INTEGER NOT NULL,
    rules_version  INTEGER NOT NULL,
    explanation    TEXT NOT NULL,
    occurred_on    TEXT NOT NULL,
    recorded_at    INTEGER NOT NULL,
    recorded_by    TEXT,
    source_id      TEXT NOT NULL DEFAULT '',
    hlc            TEXT NOT NULL DEFAULT '',
    updated_by     TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0,
    server_seq     INTEGER NOT NULL DEFAULT 0
);
--;
CREATE INDEX credit_events_merchant ON credit_events(merchant_id, occurred_on);
--;
-- Measures against a merchant: warning, listing restriction, suspension, revocation.
CREATE TABLE credit_actions (
    id           TEXT PRIMARY KEY NOT NULL,
    merchant_id  TEXT NOT NULL,
    kind         TEXT NOT NULL,
    reason       TEXT NOT NULL,
    starts_on    TEXT NOT NULL,
    ends_on      TEXT NOT NULL DEFAULT '',
    recorded_at  INTEGER NOT NULL,
    recorded_by  TEXT,
    hlc          TEXT NOT NULL DEFAULT '',
    updated_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    server_seq   INTEGER NOT NULL DEFAULT 0
);
--;
CREATE INDEX credit_actions_merchant ON credit_actions(merchant_id);
