package com.cloudmarket.marketplace.web.shared;

import com.cloudmarket.marketplace.shared.application.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysetLazyDataModelTest {

    /** Ids newest first, paged like the services: the cursor is the last id of the page before, "k" + id. */
    static final class Rows implements KeysetLazyDataModel.Source<Long> {

        private static final long serialVersionUID = 1L;
        final List<Long> ids = new ArrayList<>();
        final List<String> cursorsAsked = new ArrayList<>();
        int counts;

        Rows(long newest) {
            LongStream.iterate(newest, id -> id >= 1, id -> id - 1).forEach(ids::add);
        }

        @Override
        public Page<Long> page(String cursor, int limit) {
            cursorsAsked.add(cursor);
            long before = cursor == null ? Long.MAX_VALUE : Long.parseLong(cursor.substring(1));
            List<Long> after = ids.stream().filter(id -> id < before).limit(limit + 1L).toList();
            if (after.size() <= limit) {
                return new Page<>(after, null);
            }
            List<Long> items = after.subList(0, limit);
            return new Page<>(items, "k" + items.get(items.size() - 1));
        }

        @Override
        public int count(String cursor, int cap) {
            counts++;
            long before = cursor == null ? Long.MAX_VALUE : Long.parseLong(cursor.substring(1));
            return (int) Math.min(cap, ids.stream().filter(id -> id < before).count());
        }
    }

    private static KeysetLazyDataModel<Long> model(Rows rows) {
        return new KeysetLazyDataModel<>(rows, String::valueOf);
    }

    @Test
    void nextAndPreviousUseTheCursorOfEachVisitedPage() {
        Rows rows = new Rows(25);
        KeysetLazyDataModel<Long> model = model(rows);

        assertEquals(25, model.count(Map.of()));
        assertEquals(List.of(25L, 24L, 23L, 22L, 21L, 20L, 19L, 18L, 17L, 16L), model.load(0, 10, Map.of(), Map.of()));
        assertTrue(model.isNextAvailable());
        assertEquals(List.of(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L), model.load(10, 10, Map.of(), Map.of()));
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), model.load(20, 10, Map.of(), Map.of()));
        assertEquals(2, model.getCurrentPage());
        assertFalse(model.isNextAvailable());
        // previous: opened with the cursor remembered for page 1, not by counting rows
        assertEquals(List.of(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L), model.load(10, 10, Map.of(), Map.of()));
        assertEquals(List.of(25L, 24L, 23L, 22L, 21L, 20L, 19L, 18L, 17L, 16L), model.load(0, 10, Map.of(), Map.of()));
        assertEquals(java.util.Arrays.asList(null, "k16", "k6", "k16", null), rows.cursorsAsked);
    }

    @Test
    void aPageNotReachedYetIsWalkedToThroughTheCursorsNeverSkippedTo() {
        Rows rows = new Rows(25);
        KeysetLazyDataModel<Long> model = model(rows);

        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), model.load(20, 10, Map.of(), Map.of()));
        assertEquals(java.util.Arrays.asList(null, "k16", "k6"), rows.cursorsAsked);
        assertEquals(2, model.getCurrentPage());
        // beyond the end: the last page there is
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), model.load(90, 10, Map.of(), Map.of()));
        assertEquals(2, model.getCurrentPage());
    }

    @Test
    void rowsAddedMeanwhileNeitherRepeatNorSkipARowOnNext() {
        Rows rows = new Rows(20);
        KeysetLazyDataModel<Long> model = model(rows);
        model.load(0, 10, Map.of(), Map.of());
        rows.ids.add(0, 21L); // a new product, newest first
        assertEquals(List.of(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L), model.load(10, 10, Map.of(), Map.of()));
        // counted for page 1 from its cursor: the 10 rows of page 0 as paged, and 10 from here on
        assertEquals(20, model.count(Map.of()));
    }

    @Test
    void theCountReadsAThousandRowsAheadOfThePageShownAtMostAndOncePerPage() {
        Rows rows = new Rows(1030);
        KeysetLazyDataModel<Long> model = model(rows);

        assertEquals(1000, model.count(Map.of()));
        assertTrue(model.isCountCapped(), "1030 rows: more than the thousand counted");
        model.load(0, 20, Map.of(), Map.of());
        assertEquals(1, rows.counts, "the first page was counted before it loaded");
        assertEquals(1000, model.count(Map.of()));
        assertEquals(1, rows.counts, "asked again for the page shown: not counted again");

        model.load(20, 20, Map.of(), Map.of());
        assertEquals(2, rows.counts);
        assertEquals(1020, model.getRowCount(), "20 rows before page 1, a thousand counted from it");
        assertTrue(model.isCountCapped());

        model.load(40, 20, Map.of(), Map.of());
        assertEquals(1030, model.getRowCount(), "990 rows from page 2 on: all of them counted");
        assertFalse(model.isCountCapped());

        model.reset();
        assertFalse(model.isCountCapped());
        assertEquals(1000, model.count(Map.of()));
        assertEquals(4, rows.counts);
    }

    @Test
    void anotherPageSizeOrAResetStartsAgainFromTheFirstPage() {
        Rows rows = new Rows(25);
        KeysetLazyDataModel<Long> model = model(rows);
        model.load(0, 10, Map.of(), Map.of());
        model.load(10, 10, Map.of(), Map.of());
        assertEquals(3, model.getKnownPages());

        assertEquals(List.of(20L, 19L, 18L, 17L, 16L), model.load(5, 5, Map.of(), Map.of()));
        assertEquals(java.util.Arrays.asList(null, "k16", null, "k21"), rows.cursorsAsked);

        model.reset();
        assertEquals(1, model.getKnownPages());
        assertEquals(0, model.getCurrentPage());
        assertTrue(model.getRows().isEmpty());
    }

    @Test
    void emptyListRowKeysAndBadPageSize() {
        Rows rows = new Rows(0);
        KeysetLazyDataModel<Long> model = model(rows);
        assertEquals(0, model.count(Map.of()));
        assertTrue(model.load(0, 10, Map.of(), Map.of()).isEmpty());
        assertFalse(model.isNextAvailable());
        assertThrows(IllegalArgumentException.class, () -> model.load(0, 0, Map.of(), Map.of()));

        KeysetLazyDataModel<Long> three = model(new Rows(3));
        three.load(0, 10, Map.of(), Map.of());
        assertEquals("2", three.getRowKey(2L));
        assertEquals(2L, three.getRowData("2"));
        assertNull(three.getRowData("7"));
    }
}
