package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

/**
 * The ORDER BY of a newest-first list that reads only its page, on either database. H2 orders rows with an index only
 * when the ORDER BY columns lead that index, so there the list orders by its equality filters first, then id
 * descending (V11's indexes hold id descending). MySQL and MariaDB compare text with a case-insensitive collation, so
 * an equality does not make a text column constant for them, and "ORDER BY status, id" would sort every matching row:
 * the benchmark's first page of 70 000 matching orders took half a second. They read the same index for the plain id
 * order.
 */
public final class NewestFirst {

    private NewestFirst() {
    }

    public static String orderBy(EntityManager em, String id, String... equalityColumns) {
        boolean h2 = em.unwrap(Session.class).getPlatform().isH2();
        if (!h2 || equalityColumns.length == 0) {
            return " ORDER BY " + id + " DESC";
        }
        return " ORDER BY " + String.join(", ", equalityColumns) + ", " + id + " DESC";
    }
}
