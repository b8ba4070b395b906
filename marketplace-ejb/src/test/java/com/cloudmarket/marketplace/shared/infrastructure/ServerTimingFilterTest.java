package com.cloudmarket.marketplace.shared.infrastructure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServerTimingFilterTest {

    @Test
    void theHeaderGivesStatementsAndTheTimeToATenthOfAMillisecond() {
        assertEquals("db;desc=\"3 statements, 1 in a transaction\", app;dur=4.2",
                ServerTimingFilter.header(new StatementCount.Taken(3, 1), 4_249_000));
        assertEquals("db;desc=\"0 statements, 0 in a transaction\", app;dur=0.0",
                ServerTimingFilter.header(new StatementCount.Taken(0, 0), 40_000));
        assertEquals("db;desc=\"12 statements, 12 in a transaction\", app;dur=1234.6",
                ServerTimingFilter.header(new StatementCount.Taken(12, 12), 1_234_560_000));
    }
}
