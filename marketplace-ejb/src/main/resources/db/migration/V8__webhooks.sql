-- Webhook subscriptions of providers, one delivery per (subscription, event) and every attempt made to deliver it.
-- A deleted subscription is kept (deleted_at) so its delivery history stays readable; its pending deliveries are
-- cancelled. ${tableOptions} gives MySQL/MariaDB tables utf8mb4; it is empty on H2.

INSERT INTO id_sequence (name, next_value) VALUES ('webhook_subscription', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('webhook_delivery', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('webhook_attempt', 0);

CREATE TABLE webhook_subscription (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    owner_account_id BIGINT       NOT NULL,
    url              VARCHAR(500) NOT NULL,
    event_types      VARCHAR(400) NOT NULL,
    secret           VARCHAR(128) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    deleted_at       DATETIME(6),
    CONSTRAINT fk_webhook_owner FOREIGN KEY (owner_account_id) REFERENCES account (id)
) ${tableOptions};

-- An owner's subscriptions, newest first (the list, and the fan-out of each event to its owner's subscriptions).
CREATE INDEX ix_webhook_owner ON webhook_subscription (owner_account_id, id);

CREATE TABLE webhook_delivery (
    id               BIGINT       NOT NULL PRIMARY KEY,
    subscription_id  BIGINT       NOT NULL,
    event_id         VARCHAR(36)  NOT NULL,
    event_type       VARCHAR(40)  NOT NULL,
    body             TEXT         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    attempts         INT          NOT NULL,
    next_attempt_at  DATETIME(6),
    last_status_code INT,
    last_error       VARCHAR(300),
    created_at       DATETIME(6)  NOT NULL,
    delivered_at     DATETIME(6),
    -- a redelivered event creates no second delivery
    CONSTRAINT uk_webhook_delivery_event UNIQUE (subscription_id, event_id),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
) ${tableOptions};

-- The dispatcher's due deliveries.
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);

CREATE TABLE webhook_attempt (
    id              BIGINT       NOT NULL PRIMARY KEY,
    delivery_id     BIGINT       NOT NULL,
    subscription_id BIGINT       NOT NULL,
    attempt_no      INT          NOT NULL,
    attempted_at    DATETIME(6)  NOT NULL,
    status_code     INT,
    error           VARCHAR(300),
    duration_ms     BIGINT       NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    next_attempt_at DATETIME(6),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id),
    CONSTRAINT fk_webhook_attempt_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
) ${tableOptions};

-- A subscription's attempts, newest first.
CREATE INDEX ix_webhook_attempt_subscription ON webhook_attempt (subscription_id, id);
