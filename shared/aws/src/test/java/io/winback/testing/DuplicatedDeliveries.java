package io.winback.testing;

import java.util.HashSet;
import java.util.Queue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * SQS's at-least-once, as the whole-base jobs' tests play it on a queue of message bodies: each message's first copy
 * is delivered twice, right away; the copy its second delivery sent again (the slice's continuation, resent as a
 * redelivered slice does) arrives later, after other slices ran, and is delivered once more. Delivering every copy
 * twice would double the slices at each step of a segment.
 */
public final class DuplicatedDeliveries {
    private DuplicatedDeliveries() {
    }

    /** Delivers until {@code bodies} is empty; {@code deliver} may add to it. */
    public static void drain(Queue<String> bodies, Consumer<String> deliver) {
        Set<String> delivered = new HashSet<>();
        while (!bodies.isEmpty()) {
            String body = bodies.poll();
            boolean first = delivered.add(body);
            deliver.accept(body);
            if (first) {
                deliver.accept(body);
            }
        }
    }
}
