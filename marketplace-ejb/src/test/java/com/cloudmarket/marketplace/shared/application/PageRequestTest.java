package com.cloudmarket.marketplace.shared.application;

import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void defaultsToTwentyAndCapsAtOneHundred() {
        assertEquals(20, PageRequest.of(null, null).limit());
        assertEquals(100, PageRequest.of(null, 100).limit());
        InvalidInputException tooMany = assertThrows(InvalidInputException.class, () -> PageRequest.of(null, 101));
        assertEquals("limit", tooMany.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> PageRequest.of(null, 0));
    }

    @Test
    void aFullPageCarriesACursorToTheNextOne() {
        PageRequest request = PageRequest.of(null, 3);
        List<Long> fetched = LongStream.of(50, 40, 30, 20).boxed().toList();
        Page<Long> page = request.page(fetched, Long::longValue);
        assertEquals(List.of(50L, 40L, 30L), page.items());
        assertEquals(30L, PageRequest.of(page.nextCursor(), 3).beforeId());
    }

    @Test
    void theLastPageHasNoCursor() {
        Page<Long> page = PageRequest.of(null, 3).page(List.of(5L, 4L, 3L), Long::longValue);
        assertNull(page.nextCursor());
    }

    @Test
    void forgedCursorsAreRefused() {
        for (String cursor : List.of("abc", "%%%", "aTo1", /* "x:1" */ "eDox", /* "k:-5" */ "azotNQ", /* "k:" */ "azo")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> PageRequest.of(cursor, 10), cursor);
            assertEquals("cursorInvalid", e.errors().get(0).code());
        }
    }
}
