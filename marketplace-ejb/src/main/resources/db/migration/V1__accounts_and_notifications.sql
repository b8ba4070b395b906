-- Accounts, API tokens, the event outbox and the notification channels.
-- ${tableOptions} gives MySQL/MariaDB tables utf8mb4; it is empty on H2.

CREATE TABLE id_sequence (
    name       VARCHAR(64) NOT NULL PRIMARY KEY,
    next_value BIGINT      NOT NULL
) ${tableOptions};

-- Ids come from this table (JPA table generators) on H2 and MySQL alike; blocks of 50 keep inserts batchable.
-- Account IDs are eight digits and start above every reserved range.
INSERT INTO id_sequence (name, next_value) VALUES ('account', 10000000);
INSERT INTO id_sequence (name, next_value) VALUES ('api_token', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('outbox_event', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('inbox_message', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('sms_message', 0);

CREATE TABLE account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    login         VARCHAR(32)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(50)  NOT NULL,
    mobile        VARCHAR(20),
    email         VARCHAR(254),
    language      VARCHAR(10)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_account_login UNIQUE (login)
) ${tableOptions};

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${tableOptions};

CREATE TABLE api_token (
    id         BIGINT      NOT NULL PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    account_id BIGINT      NOT NULL,
    issued_at  DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${tableOptions};

CREATE TABLE outbox_event (
    id             BIGINT      NOT NULL PRIMARY KEY,
    event_id       CHAR(36)    NOT NULL,
    event_type     VARCHAR(64) NOT NULL,
    aggregate_type VARCHAR(64) NOT NULL,
    aggregate_id   VARCHAR(64) NOT NULL,
    payload        TEXT        NOT NULL,
    occurred_at    DATETIME(6) NOT NULL,
    published_at   DATETIME(6),
    CONSTRAINT uq_outbox_event_event_id UNIQUE (event_id)
) ${tableOptions};

-- The relay looks for unpublished events in id order.
CREATE INDEX ix_outbox_event_unpublished ON outbox_event (published_at, id);

CREATE TABLE consumed_event (
    id          VARCHAR(80) NOT NULL PRIMARY KEY,
    consumed_at DATETIME(6) NOT NULL
) ${tableOptions};

CREATE TABLE inbox_message (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    recipient_account_id BIGINT       NOT NULL,
    event_id             CHAR(36)     NOT NULL,
    event_type           VARCHAR(64)  NOT NULL,
    title_key            VARCHAR(100) NOT NULL,
    body_key             VARCHAR(100) NOT NULL,
    arguments            TEXT         NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    read_at              DATETIME(6),
    CONSTRAINT uq_inbox_message_event UNIQUE (recipient_account_id, event_id, body_key)
) ${tableOptions};

CREATE INDEX ix_inbox_message_recipient ON inbox_message (recipient_account_id, id);

CREATE TABLE sms_message (
    id               BIGINT       NOT NULL PRIMARY KEY,
    event_id         CHAR(36)     NOT NULL,
    recipient_mobile VARCHAR(20)  NOT NULL,
    template_key     VARCHAR(100) NOT NULL,
    text             VARCHAR(500) NOT NULL,
    gateway          VARCHAR(32)  NOT NULL,
    sent_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uq_sms_message_event UNIQUE (event_id, recipient_mobile, template_key)
) ${tableOptions};

CREATE INDEX ix_sms_message_recipient ON sms_message (recipient_mobile, id);
