-- The outbox (module mail): e-mails queued by business transactions and sent afterwards by the
-- sender thread. A row is written in the same transaction as the business change, so a
-- rolled-back order sends nothing, and a crash between commit and sending loses nothing.

CREATE TABLE outbox (
    id ${ID},
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT NOT NULL,
    source_type TEXT NOT NULL DEFAULT '',
    source_id BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE INDEX outbox_due ON outbox (state, next_attempt_at, id)

CREATE INDEX outbox_source ON outbox (source_type, source_id)
