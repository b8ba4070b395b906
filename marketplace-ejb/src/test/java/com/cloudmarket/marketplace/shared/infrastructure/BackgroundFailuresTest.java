package com.cloudmarket.marketplace.shared.infrastructure;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundFailuresTest {

    private final Logger log = Logger.getLogger(BackgroundFailuresTest.class.getName() + ".task");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final BackgroundFailures failures = new BackgroundFailures(log, "Outbox relay");

    @BeforeEach
    void capture() {
        log.setUseParentHandlers(false);
        log.addHandler(capture);
    }

    @AfterEach
    void release() {
        log.removeHandler(capture);
    }

    @Test
    void anOutageIsLoggedOnceWhenItStartsAndOnceWhenItEnds() {
        RuntimeException outage = new RuntimeException(new SQLException("Communications link failure", "08S01"));
        for (int tick = 0; tick < 30; tick++) {
            failures.failed(outage);
        }
        failures.succeeded();
        failures.succeeded();

        assertEquals(2, records.size(), records.stream().map(LogRecord::getMessage).toList().toString());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertTrue(records.get(0).getMessage().startsWith("Outbox relay paused: the database is unavailable"));
        assertNull(records.get(0).getThrown(), "no stack trace for an outage");
        assertEquals(Level.INFO, records.get(1).getLevel());
        assertTrue(records.get(1).getMessage().startsWith("Outbox relay resumed"));
    }

    @Test
    void aDefectIsLoggedWithItsStackTraceEveryTime() {
        failures.failed(new IllegalStateException("bug"));
        failures.failed(new IllegalStateException("bug"));

        assertEquals(2, records.size());
        assertEquals(Level.WARNING, records.get(1).getLevel());
        assertNotNull(records.get(1).getThrown());
    }
}
