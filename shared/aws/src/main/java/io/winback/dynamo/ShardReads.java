package io.winback.dynamo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * The shards of a sharded index read at once, each on its own virtual thread, at most {@code inFlight} at a time: a
 * shard's Query is a round trip of waiting, and a day's 16 one after another made the daily check's run mostly
 * waiting. What each shard found is handed back in shard order, so the caller sees exactly what reading them one
 * after another gave.
 */
final class ShardReads {
    private ShardReads() {
    }

    /**
     * What {@code read} finds in shards {@code 0} to {@code shards - 1}, concatenated in shard order; the first
     * failure is thrown once every read has stopped.
     */
    static <T> List<T> inShardOrder(int shards, int inFlight, IntFunction<List<T>> read, String what) {
        Semaphore slots = new Semaphore(inFlight);
        List<Future<List<T>>> reads = new ArrayList<>(shards);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int shard = 0; shard < shards; shard++) {
                int one = shard;
                reads.add(threads.submit(() -> {
                    slots.acquire();
                    try {
                        return read.apply(one);
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<T> found = new ArrayList<>();
            for (Future<List<T>> done : reads) {
                found.addAll(done.get());
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException(what + " failed", e.getCause());
        }
    }
}
