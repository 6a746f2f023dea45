package io.winback.dynamo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The byStart index's shards read at once, each on its own virtual thread: a busy period is I/O-bound, and 16 Queries
 * one after another took most of an API's time limit.
 */
final class StartShards {
    private StartShards() {
    }

    /** Runs {@code read} for every shard key at once; the first failure is thrown once all have stopped. */
    static void eachAtOnce(Consumer<String> read, String what) {
        try (ExecutorService shards = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> reads = new ArrayList<>();
            for (int shard = 0; shard < ChainsTable.START_SHARDS; shard++) {
                String shardKey = Integer.toString(shard);
                reads.add(shards.submit(() -> read.accept(shardKey)));
            }
            for (Future<?> done : reads) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException(what + " failed", e.getCause());
        }
    }
}
