-- dana-contract-kit: the notification ledger shared by every instance of a merchant's callback service.
-- One row per processed notification. The primary key is the arbiter: a delivery inserts its row in an open
-- transaction before running the handler, so a concurrent delivery of the same notification waits on the
-- key until the first one commits (processed) or rolls back (failed, may be retried). Rows are only ever
-- committed after the handler succeeded.
CREATE TABLE IF NOT EXISTS danakit_notification_ledger (
    kind            varchar(64)  NOT NULL,
    notification_id text         NOT NULL,
    outcome         varchar(256) NOT NULL,
    processed_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT danakit_notification_ledger_pk PRIMARY KEY (kind, notification_id)
);
