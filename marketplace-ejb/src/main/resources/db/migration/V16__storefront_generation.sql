-- The storefront's generation: every change customers can see on the storefront (a product going on sale, changed or
-- delisted, a provider's live profile, an import of products) adds one in its own transaction, so search pages read
-- at one generation can be served from memory while it holds, by every server of a group.
CREATE TABLE storefront_generation (
    id         INT    NOT NULL PRIMARY KEY,
    generation BIGINT NOT NULL
) ${tableOptions};

INSERT INTO storefront_generation (id, generation) VALUES (1, 0);
