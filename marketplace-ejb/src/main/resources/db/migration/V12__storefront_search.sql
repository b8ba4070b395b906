-- The storefront's name search reads an index instead of every product's name (a LIKE '%q%' cannot use one):
-- product_name_gram holds each distinct run of two and of three adjacent characters within the words of a product's
-- lower-cased name (product.domain.NameSearch), and a query joins the grams of its words. The summary is kept
-- beside category and from_price so that the storefront's list reads columns, not each product's content.
-- StorefrontSearchBackfill (V13) fills both for the products already there.
-- ${binaryTableOptions} compares grams as stored on MySQL/MariaDB: a case- and accent-insensitive collation would
-- make 'ab' and 'aB' one primary key; it is empty on H2. VARCHAR(6): three characters outside the basic plane are
-- six UTF-16 units, which is what H2 counts.

ALTER TABLE product ADD COLUMN summary VARCHAR(200);

CREATE TABLE product_name_gram (
    product_id  BIGINT      NOT NULL,
    gram        VARCHAR(6)  NOT NULL,
    PRIMARY KEY (product_id, gram),
    CONSTRAINT fk_product_name_gram_product FOREIGN KEY (product_id) REFERENCES product (id)
) ${binaryTableOptions};

CREATE INDEX ix_product_name_gram ON product_name_gram (gram, product_id DESC);
