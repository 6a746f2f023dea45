package io.winback.dynamo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily check reads each sharded index of its day (sleepers, birthdays, refills, due episodes, segment flips) one
 * Query per shard; one after another, its first run was mostly waiting on round trips. The shards' Queries overlap,
 * a few at a time, and what they found comes back in shard order, exactly as reading them one after another did.
 */
class TheShardsOfADayAreReadAFewAtOnceAndFoundInShardOrderTest {
    private static final int SHARDS = 16;

    @Test
    void aFewShardsAreReadAtOnceAndNeverMore() {
        int inFlight = ShardedDayIndex.SHARDS_IN_FLIGHT;
        // Each of the first reads waits until a few are under way together: one after another, none would get past.
        CountDownLatch together = new CountDownLatch(inFlight);
        AtomicInteger reading = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Boolean> metTheOthers = java.util.Collections.synchronizedList(new ArrayList<>());
        ShardReads.inShardOrder(SHARDS, inFlight, shard -> {
            most.accumulateAndGet(reading.incrementAndGet(), Math::max);
            together.countDown();
            try {
                metTheOthers.add(together.await(2, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                reading.decrementAndGet();
            }
            return List.of();
        }, "reading the test's shards");
        assertTrue(metTheOthers.stream().allMatch(met -> met), "the shards were read one after another");
        assertEquals(inFlight, most.get(), "shards read at once");
    }

    @Test
    void whatTheShardsFoundComesBackInShardOrderWhicheverAnsweredFirst() {
        List<String> found = ShardReads.inShardOrder(SHARDS, ShardedDayIndex.SHARDS_IN_FLIGHT, shard -> {
            // The low shards answer last.
            sleep(SHARDS - shard);
            return List.of(shard + "a", shard + "b");
        }, "reading the test's shards");
        assertEquals(IntStream.range(0, SHARDS).boxed().flatMap(s -> java.util.stream.Stream.of(s + "a", s + "b"))
                .toList(), found);
    }

    @Test
    void aShardThatFailsFailsTheReadWithItsOwnError() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> ShardReads.inShardOrder(SHARDS, ShardedDayIndex.SHARDS_IN_FLIGHT, shard -> {
                    if (shard == 7) {
                        throw new IllegalArgumentException("shard 7 is throttled");
                    }
                    return List.of(shard);
                }, "reading the test's shards"));
        assertEquals("shard 7 is throttled", failure.getMessage());
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
