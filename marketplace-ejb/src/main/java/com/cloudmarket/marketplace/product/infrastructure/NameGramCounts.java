package com.cloudmarket.marketplace.product.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many product names hold each name gram, counted up to {@link #CAP}: enough to tell a rare gram from a common
 * one. A count is remembered for a minute, so that the storefront's repeated searches do not count again; a stale
 * count can only choose a slower join order, never another result (the search confirms the whole text).
 */
@ApplicationScoped
public class NameGramCounts {

    static final int CAP = 1000;
    private static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);
    /** Grams of as many searches as a busy minute sees; past it the memory starts again rather than grow. */
    private static final int REMEMBERED_GRAMS = 20_000;

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @Inject
    private Clock clock;

    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    private record Count(long postings, Instant until) {
    }

    public Map<String, Long> of(List<String> grams) {
        Instant now = clock.instant();
        Map<String, Long> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String gram : grams) {
            Count count = counts.get(gram);
            if (count != null && count.until().isAfter(now)) {
                found.put(gram, count.postings());
            } else {
                missing.add(gram);
            }
        }
        if (!missing.isEmpty()) {
            found.putAll(counted(missing));
            if (counts.size() > REMEMBERED_GRAMS) {
                counts.clear();
            }
            missing.forEach(gram -> counts.put(gram, new Count(found.get(gram), now.plus(REMEMBERED_FOR))));
        }
        return found;
    }

    /** One statement for all of them: a capped count per gram, each reading at most {@link #CAP} index entries. */
    private Map<String, Long> counted(List<String> grams) {
        StringJoiner probes = new StringJoiner(" UNION ALL ");
        for (int i = 0; i < grams.size(); i++) {
            probes.add("SELECT " + i + " AS k, COUNT(*) AS n FROM (SELECT 1 AS one FROM product_name_gram "
                    + "WHERE gram = ? LIMIT " + CAP + ") p" + i);
        }
        Query query = em.createNativeQuery(probes.toString());
        for (int i = 0; i < grams.size(); i++) {
            query.setParameter(i + 1, grams.get(i));
        }
        Map<String, Long> counted = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counted.put(grams.get(((Number) r[0]).intValue()), ((Number) r[1]).longValue());
        }
        return counted;
    }
}
