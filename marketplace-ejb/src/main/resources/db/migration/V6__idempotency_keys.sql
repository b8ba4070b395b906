-- Idempotency-Key of creating POSTs: which result a caller's key produced, so a repeat returns it and creates nothing.
-- The unique key makes two concurrent requests with one key produce one result: the second insert fails and its
-- transaction, with whatever it created, rolls back.

INSERT INTO id_sequence (name, next_value) VALUES ('idempotency_key', 0);

CREATE TABLE idempotency_key (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    scope              VARCHAR(40)   NOT NULL,
    caller_account_id  BIGINT        NOT NULL,
    idempotency_key    VARCHAR(100)  NOT NULL,
    fingerprint        CHAR(64)      NOT NULL,
    result_id          BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uk_idempotency_key UNIQUE (scope, caller_account_id, idempotency_key)
) ${tableOptions};

-- The retention purge deletes by age.
CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);
