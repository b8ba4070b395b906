-- Products and their revisions. The live content and each revision's content are JSON text in the form of
-- product.domain.ProductContentJson; what lists filter and sort on is denormalised into indexed columns.
-- ${tableOptions} gives MySQL/MariaDB tables utf8mb4; it is empty on H2.

INSERT INTO id_sequence (name, next_value) VALUES ('product', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('product_revision', 0);

CREATE TABLE product (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    provider_account_id BIGINT         NOT NULL,
    type                VARCHAR(20)    NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    live_content        TEXT,
    name                VARCHAR(60)    NOT NULL,
    name_search         VARCHAR(60)    NOT NULL,
    category            VARCHAR(30),
    from_price          DECIMAL(12, 2),
    revision_id         BIGINT,
    revision_status     VARCHAR(20),
    revision_due_at     DATETIME(6),
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    delisted_at         DATETIME(6),
    CONSTRAINT fk_product_account FOREIGN KEY (provider_account_id) REFERENCES account (id)
) ${tableOptions};

-- A provider's list, newest first, unfiltered, by status and by type (keyset on id).
CREATE INDEX ix_product_provider ON product (provider_account_id, id);
CREATE INDEX ix_product_provider_status ON product (provider_account_id, status, id);
CREATE INDEX ix_product_provider_type ON product (provider_account_id, type, id);
-- The storefront: on-sale products, newest first, all types or one.
CREATE INDEX ix_product_storefront ON product (status, id);
CREATE INDEX ix_product_storefront_type ON product (status, type, id);
-- Search q is a LIKE '%q%' on name_search, which no B-tree index serves; acceptable at today's sizes, the search
-- benchmark issue revisits it (full-text or n-gram index).

CREATE TABLE product_revision (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             BIGINT         NOT NULL,
    product_id          BIGINT         NOT NULL,
    provider_account_id BIGINT         NOT NULL,
    content             TEXT           NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    relist              BOOLEAN        NOT NULL,
    review_id           BIGINT,
    submitted_at        DATETIME(6),
    due_at              DATETIME(6),
    decided_at          DATETIME(6),
    reason              VARCHAR(500),
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    CONSTRAINT fk_product_revision_product FOREIGN KEY (product_id) REFERENCES product (id)
) ${tableOptions};

-- A product's revision history, newest first; and the revision a review decided.
CREATE INDEX ix_product_revision_product ON product_revision (product_id, id);
CREATE INDEX ix_product_revision_review ON product_revision (review_id);
