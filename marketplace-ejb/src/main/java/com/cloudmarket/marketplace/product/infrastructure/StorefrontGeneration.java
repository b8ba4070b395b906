package com.cloudmarket.marketplace.product.infrastructure;

import com.cloudmarket.marketplace.provider.domain.LiveProfileChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The storefront's generation (V16): every change customers can see on the storefront moves it on in the change's own
 * transaction, so a search page read at one generation is still what the database holds while the generation is the
 * same, on every server of a group. A writer waits for another's commit on the row; storefront changes are rare.
 */
@ApplicationScoped
public class StorefrontGeneration {

    /** The statement that moves the generation on, for writers outside JPA (the bulk import). */
    public static final String ADVANCE = "UPDATE storefront_generation SET generation = generation + 1 WHERE id = 1";

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    public long current() {
        return ((Number) em.createNativeQuery("SELECT generation FROM storefront_generation WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /** In the caller's transaction: the change and the new generation commit together or not at all. */
    public void advance() {
        em.createNativeQuery(ADVANCE).executeUpdate();
    }

    /** The storefront shows each product's provider by the company name of its live profile. */
    void liveProfileChanged(@Observes LiveProfileChanged change) {
        advance();
    }
}
