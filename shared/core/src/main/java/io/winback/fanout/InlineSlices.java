package io.winback.fanout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A slice queue held in memory and drained in the same process: the local runner's and the tests' stand-in for the
 * SQS queue, which works every slice the way a Lambda invocation would, one at a time, until none is left.
 */
public final class InlineSlices implements SliceQueue {
    private final Deque<Slice> waiting = new ArrayDeque<>();

    @Override
    public synchronized void send(List<Slice> slices) {
        waiting.addAll(slices);
    }

    /** Works slices, oldest first, until none waits; how many it worked. */
    public int drain(Consumer<Slice> work) {
        int worked = 0;
        for (Slice next = poll(); next != null; next = poll()) {
            work.accept(next);
            worked++;
        }
        return worked;
    }

    private synchronized Slice poll() {
        return waiting.pollFirst();
    }
}
