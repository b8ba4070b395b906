-- The storefront's name search reads an index instead of every product's name (a LIKE '%q%' cannot use one):
-- product_name_gram holds each distinct pair of adjacent characters of a product's lower-cased name, and a query of
-- two characters or more joins the pairs it contains. The summary is kept beside category and from_price so that
-- the storefront's list reads columns, not each product's content. StorefrontSearchBackfill (V13) fills both for the
-- products already there.
-- ${binaryTableOptions} compares pairs as stored on MySQL/MariaDB: a case- and accent-insensitive collation would
-- make 'ab' and 'aB' one primary key; it is empty on H2.

ALTER TABLE product ADD COLUMN summary VARCHAR(200);

CREATE TABLE product_name_gram (
    product_id  BIGINT      NOT NULL,
    gram        VARCHAR(4)  NOT NULL,
    PRIMARY KEY (product_id, gram),
    CONSTRAINT fk_product_name_gram_product FOREIGN KEY (product_id) REFERENCES product (id)
) ${binaryTableOptions};

CREATE INDEX ix_product_name_gram ON product_name_gram (gram, product_id DESC);
