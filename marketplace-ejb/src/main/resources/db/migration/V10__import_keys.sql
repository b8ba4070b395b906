-- Records brought in by the operator's migration import (migration context), under the source system's key: a product's
-- or order's external id, an account's login. The primary key is what makes a re-run of the same file skip what is
-- already stored, and what stops two concurrent imports of one record from storing it twice. It also serves the
-- lookups of an order file (product by external id). ${tableOptions} gives MySQL/MariaDB tables utf8mb4.

CREATE TABLE import_key (
    kind        VARCHAR(20)  NOT NULL,
    external_id VARCHAR(64)  NOT NULL,
    internal_id BIGINT       NOT NULL,
    imported_at DATETIME(6)  NOT NULL,
    -- external_id first: a chunk's lookup is "external_id IN (...) AND kind = ?", and H2 serves an IN list from an index
    -- only on its first column
    PRIMARY KEY (external_id, kind)
) ${tableOptions};
