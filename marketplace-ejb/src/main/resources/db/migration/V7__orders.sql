-- Orders with the snapshot of what was bought, and their timelines. Lists filter on the indexed columns below and page
-- with keyset cursors on id (newest first). ${tableOptions} gives MySQL/MariaDB tables utf8mb4; it is empty on H2.

INSERT INTO id_sequence (name, next_value) VALUES ('customer_order', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('order_step', 0);

CREATE TABLE customer_order (
    id                       BIGINT         NOT NULL PRIMARY KEY,
    version                  BIGINT         NOT NULL,
    order_no                 VARCHAR(18)    NOT NULL,
    customer_account_id      BIGINT         NOT NULL,
    customer_name            VARCHAR(100)   NOT NULL,
    provider_account_id      BIGINT         NOT NULL,
    provider_name            VARCHAR(100)   NOT NULL,
    product_id               BIGINT         NOT NULL,
    product_type             VARCHAR(20)    NOT NULL,
    product_name             VARCHAR(60)    NOT NULL,
    plan_name                VARCHAR(60)    NOT NULL,
    unit_price               DECIMAL(14, 2) NOT NULL,
    quantity                 INT            NOT NULL,
    amount                   DECIMAL(14, 2) NOT NULL,
    currency                 VARCHAR(3)     NOT NULL,
    payment_reference        VARCHAR(64)    NOT NULL,
    status                   VARCHAR(30)    NOT NULL,
    requirement_form         TEXT,
    requirement_before_start BOOLEAN        NOT NULL,
    requirement              TEXT,
    requirement_submitted_at DATETIME(6),
    delivery                 VARCHAR(300),
    created_at               DATETIME(6)    NOT NULL,
    started_at               DATETIME(6),
    completed_at             DATETIME(6),
    auto_confirm_at          DATETIME(6),
    last_reminded_at         DATETIME(6),
    confirmed_at             DATETIME(6),
    updated_at               DATETIME(6)    NOT NULL,
    -- also serves the search by order number (exact or prefix: LIKE 'q%')
    CONSTRAINT uk_customer_order_no UNIQUE (order_no),
    CONSTRAINT fk_customer_order_customer FOREIGN KEY (customer_account_id) REFERENCES account (id),
    CONSTRAINT fk_customer_order_provider FOREIGN KEY (provider_account_id) REFERENCES account (id),
    CONSTRAINT fk_customer_order_product FOREIGN KEY (product_id) REFERENCES product (id)
) ${tableOptions};

-- A provider's orders, newest first: all, by status, by product, by creation time.
CREATE INDEX ix_order_provider ON customer_order (provider_account_id, id);
CREATE INDEX ix_order_provider_status ON customer_order (provider_account_id, status, id);
CREATE INDEX ix_order_provider_product ON customer_order (provider_account_id, product_id, id);
CREATE INDEX ix_order_provider_created ON customer_order (provider_account_id, created_at);
-- A customer's purchases, the same way.
CREATE INDEX ix_order_customer ON customer_order (customer_account_id, id);
CREATE INDEX ix_order_customer_status ON customer_order (customer_account_id, status, id);
CREATE INDEX ix_order_customer_product ON customer_order (customer_account_id, product_id, id);
CREATE INDEX ix_order_customer_created ON customer_order (customer_account_id, created_at);
-- Open orders of a product (the delist dialog), and the auto-confirm scan's due orders.
CREATE INDEX ix_order_product_status ON customer_order (product_id, status);
CREATE INDEX ix_order_auto_confirm ON customer_order (status, auto_confirm_at);

CREATE TABLE order_step (
    id               BIGINT       NOT NULL PRIMARY KEY,
    order_id         BIGINT       NOT NULL,
    step_at          DATETIME(6)  NOT NULL,
    actor_account_id BIGINT       NOT NULL,
    action           VARCHAR(30)  NOT NULL,
    status           VARCHAR(30)  NOT NULL,
    CONSTRAINT fk_order_step_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ${tableOptions};

-- An order's timeline in order.
CREATE INDEX ix_order_step_order ON order_step (order_id, id);
