package com.cloudmarket.marketplace.product.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the storefront finds a product by a part of its name. A name is searched lower-cased; each product's name is
 * indexed by its pairs of adjacent characters (V12's {@code product_name_gram}), so a query of two characters or more
 * reads only the products that hold all of its pairs. Pairs, not words: Chinese names have no spaces between words.
 */
public final class NameSearch {

    /** Each pair looked up is one more index join; four narrow a query to a handful of products already. */
    private static final int LOOKUP_PAIRS = 4;

    private NameSearch() {
    }

    public static String text(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The distinct pairs of adjacent characters (code points) of a searched text, in their order in the text. */
    public static Set<String> pairs(String text) {
        int[] points = text.codePoints().toArray();
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            pairs.add(new String(points, i, 2));
        }
        return pairs;
    }

    /**
     * The pairs a query looks up, at most {@link #LOOKUP_PAIRS}: those without a space first (a pair with a space, such
     * as "e b", is in many names), spread along the query. Every name that contains the query holds each of them; the
     * query itself is then matched on the names they find. Empty for a single character.
     */
    public static List<String> lookupPairs(String text) {
        List<String> plain = new ArrayList<>();
        List<String> spaced = new ArrayList<>();
        for (String pair : pairs(text)) {
            (pair.codePoints().anyMatch(Character::isWhitespace) ? spaced : plain).add(pair);
        }
        if (plain.size() < LOOKUP_PAIRS) {
            plain.addAll(spaced.subList(0, Math.min(spaced.size(), LOOKUP_PAIRS - plain.size())));
            return plain;
        }
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < LOOKUP_PAIRS; i++) {
            spread.add(plain.get(i * (plain.size() - 1) / (LOOKUP_PAIRS - 1)));
        }
        return spread;
    }
}
