package com.cloudmarket.marketplace.shared.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relay's rounds, with a publisher that records when it was asked for a batch (no broker, no database). */
class OutboxRelayTest {

    /** Answers the batch sizes given, one per round, and wakes the relay during the rounds listed. */
    private static final class RecordingPublisher extends OutboxPublisher {
        final List<Long> rounds = new ArrayList<>();
        final List<Integer> sizes;
        final List<Integer> wakeDuring;
        final AtomicReference<OutboxRelay> relay = new AtomicReference<>();

        RecordingPublisher(List<Integer> sizes, List<Integer> wakeDuring) {
            this.sizes = sizes;
            this.wakeDuring = wakeDuring;
        }

        @Override
        public int publishNextBatch(int size) {
            rounds.add(System.nanoTime());
            int round = rounds.size() - 1;
            if (wakeDuring.contains(round)) {
                relay.get().wakeUp(); // a commit during this round: outside the container the call is synchronous
            }
            return round < sizes.size() ? sizes.get(round) : 0;
        }
    }

    @Test
    void aLoneWakeUpPublishesAtOnceInOneRound() {
        RecordingPublisher publisher = new RecordingPublisher(List.of(3), List.of());
        OutboxRelay relay = new OutboxRelay(publisher);
        publisher.relay.set(relay);

        relay.wakeUp();

        assertEquals(1, publisher.rounds.size());
    }

    @Test
    void commitsArrivingDuringARoundWaitForTheNextOneToGather() {
        RecordingPublisher publisher = new RecordingPublisher(List.of(2, 3, 0), List.of(0, 1));
        OutboxRelay relay = new OutboxRelay(publisher);
        publisher.relay.set(relay);

        relay.wakeUp();

        assertEquals(3, publisher.rounds.size(), "a round for each wake-up during the last one");
        for (int i = 1; i < publisher.rounds.size(); i++) {
            long waitedMs = (publisher.rounds.get(i) - publisher.rounds.get(i - 1)) / 1_000_000;
            assertTrue(waitedMs >= OutboxRelay.GATHER_MS, "round " + i + " came after " + waitedMs + " ms");
        }
    }

    @Test
    void aFullBatchIsFollowedAtOnceByTheNext() {
        RecordingPublisher publisher = new RecordingPublisher(List.of(200, 200, 5), List.of());
        OutboxRelay relay = new OutboxRelay(publisher);
        publisher.relay.set(relay);

        relay.wakeUp();

        assertEquals(3, publisher.rounds.size(), "a full batch means more are waiting");
    }
}
