package com.cloudmarket.marketplace.product.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the storefront finds a product by a part of its name. A name is searched lower-cased; each product's name is
 * indexed by its grams, the runs of two, three and four adjacent characters within a word ({@code product_name_gram}),
 * so a query reads only the products that hold the grams of its words. Grams, not words: Chinese names have no spaces
 * between words. Longer grams tell names apart where pairs cannot: every second name of a numbered series holds the
 * pairs "42" and "24", one in three hundred holds "424", one in five thousand "4242". No gram holds a space: MySQL and
 * MariaDB compare text ignoring trailing spaces, so "er " and "er" would be one key.
 */
public final class NameSearch {

    /** Each gram looked up is one more index join; four narrow a query to a handful of products already. */
    private static final int LOOKUP_GRAMS = 4;
    /** The longest gram indexed (V14; V12 indexed up to three). */
    public static final int LONGEST = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameSearch() {
    }

    public static String text(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The distinct grams of two to {@link #LONGEST} characters (code points) of a text's words, shortest first. */
    public static Set<String> grams(String text) {
        return grams(text, LONGEST);
    }

    /** The distinct grams of two to {@code longest} characters, for a schema version that indexed fewer. */
    public static Set<String> grams(String text, int longest) {
        Set<String> grams = new LinkedHashSet<>();
        for (int length = 2; length <= longest; length++) {
            for (String word : SPACES.split(text)) {
                grams.addAll(runs(word, length));
            }
        }
        return grams;
    }

    /**
     * The grams a query looks up, at most {@link #LOOKUP_GRAMS} spread along it: the longest grams of each word (four
     * characters, or the whole of a shorter word). Every name that contains the query holds each of them; the query
     * itself is then matched on the names they find. None when each word is a single character.
     */
    public static List<String> lookupGrams(String text) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String word : SPACES.split(text)) {
            candidates.addAll(runs(word, Math.min(LONGEST, word.codePointCount(0, word.length()))));
        }
        List<String> all = new ArrayList<>(candidates);
        if (all.size() <= LOOKUP_GRAMS) {
            return all;
        }
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < LOOKUP_GRAMS; i++) {
            spread.add(all.get(i * (all.size() - 1) / (LOOKUP_GRAMS - 1)));
        }
        return spread;
    }

    private static List<String> runs(String word, int length) {
        List<String> grams = new ArrayList<>();
        if (length < 2) {
            return grams;
        }
        int[] points = word.codePoints().toArray();
        for (int i = 0; i + length <= points.length; i++) {
            grams.add(new String(points, i, length));
        }
        return grams;
    }
}
