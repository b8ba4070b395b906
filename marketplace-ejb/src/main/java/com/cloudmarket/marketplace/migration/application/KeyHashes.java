package com.cloudmarket.marketplace.migration.application;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The source keys of a file as 64-bit hashes: a million keys in 8 MB where a set of strings would take a hundred.
 * A hash seen twice is only a candidate; the caller confirms it on the keys themselves.
 */
final class KeyHashes {

    private long[] hashes = new long[1024];
    private int size;

    void add(String key) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash(key);
    }

    /** The hashes that occur more than once. */
    Set<Long> repeated() {
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        return repeated;
    }

    /** FNV-1a over the UTF-8 bytes, then a 64-bit finaliser so similar keys spread. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
