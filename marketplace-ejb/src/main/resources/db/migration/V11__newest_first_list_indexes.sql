-- Lists show the newest first (id descending) after their equality filters. H2 orders rows with an index only when the
-- ORDER BY columns lead that index in the index's own direction: with (provider_account_id, status, id) a provider's
-- first page read and sorted all of its matching orders (8,379 rows for a page of 21), so it slowed as they grew.
-- These indexes hold id descending and on H2 the queries order by their filtered columns first, then id DESC: H2 then
-- reads only the page's rows. MySQL and MariaDB keep the plain id order and read the same indexes (NewestFirst).
DROP INDEX ix_order_provider ON customer_order;
CREATE INDEX ix_order_provider ON customer_order (provider_account_id, id DESC);
DROP INDEX ix_order_provider_status ON customer_order;
CREATE INDEX ix_order_provider_status ON customer_order (provider_account_id, status, id DESC);
DROP INDEX ix_order_provider_product ON customer_order;
CREATE INDEX ix_order_provider_product ON customer_order (provider_account_id, product_id, id DESC);
DROP INDEX ix_order_customer ON customer_order;
CREATE INDEX ix_order_customer ON customer_order (customer_account_id, id DESC);
DROP INDEX ix_order_customer_status ON customer_order;
CREATE INDEX ix_order_customer_status ON customer_order (customer_account_id, status, id DESC);
DROP INDEX ix_order_customer_product ON customer_order;
CREATE INDEX ix_order_customer_product ON customer_order (customer_account_id, product_id, id DESC);

DROP INDEX ix_product_provider ON product;
CREATE INDEX ix_product_provider ON product (provider_account_id, id DESC);
DROP INDEX ix_product_provider_status ON product;
CREATE INDEX ix_product_provider_status ON product (provider_account_id, status, id DESC);
DROP INDEX ix_product_provider_type ON product;
CREATE INDEX ix_product_provider_type ON product (provider_account_id, type, id DESC);
DROP INDEX ix_product_storefront ON product;
CREATE INDEX ix_product_storefront ON product (status, id DESC);
DROP INDEX ix_product_storefront_type ON product;
CREATE INDEX ix_product_storefront_type ON product (status, type, id DESC);
