package io.winback.dynamo;

import java.util.List;
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
        ShardReads.inShardOrder(ChainsTable.START_SHARDS, ChainsTable.START_SHARDS, shard -> {
            read.accept(Integer.toString(shard));
            return List.of();
        }, what);
    }
}
