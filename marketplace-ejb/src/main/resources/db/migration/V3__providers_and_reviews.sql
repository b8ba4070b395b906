-- Provider organisations with their live profile and onboarding, profile revisions, reviews, payments, audit trail.
-- ${tableOptions} gives MySQL/MariaDB tables utf8mb4; it is empty on H2.

INSERT INTO id_sequence (name, next_value) VALUES ('provider', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('profile_revision', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('review', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('payment', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('audit_entry', 0);

CREATE TABLE provider (
    id                        BIGINT        NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL,
    account_id                BIGINT        NOT NULL,
    created_at                DATETIME(6)   NOT NULL,
    profile_live_since        DATETIME(6),
    company_name              VARCHAR(100),
    registration_number       VARCHAR(18),
    company_address           VARCHAR(200),
    website                   VARCHAR(200),
    introduction              VARCHAR(2000),
    hotline                   VARCHAR(30),
    service_email             VARCHAR(254),
    service_hours             VARCHAR(100),
    service_channel           VARCHAR(200),
    contact_name              VARCHAR(50),
    contact_mobile            VARCHAR(20),
    contact_email             VARCHAR(254),
    pending_revision_id       BIGINT,
    agreement_version         VARCHAR(20),
    agreement_signed_at       DATETIME(6),
    deposit_amount            DECIMAL(12, 2),
    deposit_currency          CHAR(3),
    deposit_payment_reference VARCHAR(64),
    deposit_paid_at           DATETIME(6),
    CONSTRAINT uq_provider_account UNIQUE (account_id),
    CONSTRAINT fk_provider_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${tableOptions};

CREATE TABLE profile_revision (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    provider_id         BIGINT        NOT NULL,
    account_id          BIGINT        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    company_name        VARCHAR(100),
    registration_number VARCHAR(18),
    company_address     VARCHAR(200),
    website             VARCHAR(200),
    introduction        VARCHAR(2000),
    hotline             VARCHAR(30),
    service_email       VARCHAR(254),
    service_hours       VARCHAR(100),
    service_channel     VARCHAR(200),
    contact_name        VARCHAR(50),
    contact_mobile      VARCHAR(20),
    contact_email       VARCHAR(254),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    review_id           BIGINT,
    submitted_at        DATETIME(6),
    due_at              DATETIME(6),
    decided_at          DATETIME(6),
    reason              VARCHAR(500),
    CONSTRAINT fk_profile_revision_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ${tableOptions};

-- A provider's history (newest first) and its open revision (status DRAFT/PENDING).
CREATE INDEX ix_profile_revision_provider ON profile_revision (provider_id, id);
CREATE INDEX ix_profile_revision_provider_status ON profile_revision (provider_id, status);

CREATE TABLE review (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    subject_type        VARCHAR(30)  NOT NULL,
    subject_id          BIGINT       NOT NULL,
    provider_account_id BIGINT       NOT NULL,
    submitted_at        DATETIME(6)  NOT NULL,
    due_at              DATETIME(6)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    decided_by          BIGINT,
    decided_at          DATETIME(6),
    reason              VARCHAR(500)
) ${tableOptions};

-- The queue: one status ordered by due time, keyset on (due_at, id).
CREATE INDEX ix_review_status_due ON review (status, due_at, id);
CREATE INDEX ix_review_subject ON review (subject_type, subject_id);
CREATE INDEX ix_review_provider ON review (provider_account_id, id);

CREATE TABLE payment (
    id               BIGINT         NOT NULL PRIMARY KEY,
    reference        VARCHAR(64)    NOT NULL,
    payer_account_id BIGINT         NOT NULL,
    purpose          VARCHAR(40)    NOT NULL,
    amount           DECIMAL(12, 2) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    gateway          VARCHAR(32)    NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    paid_at          DATETIME(6)    NOT NULL,
    CONSTRAINT uq_payment_reference UNIQUE (reference)
) ${tableOptions};

CREATE INDEX ix_payment_payer ON payment (payer_account_id, id);

CREATE TABLE audit_entry (
    id                  BIGINT      NOT NULL PRIMARY KEY,
    occurred_at         DATETIME(6) NOT NULL,
    actor_account_id    BIGINT      NOT NULL,
    action              VARCHAR(40) NOT NULL,
    subject_type        VARCHAR(40) NOT NULL,
    subject_id          VARCHAR(64) NOT NULL,
    provider_account_id BIGINT,
    changes             TEXT        NOT NULL
) ${tableOptions};

CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_id, id);
CREATE INDEX ix_audit_entry_provider ON audit_entry (provider_account_id, id);
