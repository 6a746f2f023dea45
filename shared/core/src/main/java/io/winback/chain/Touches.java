package io.winback.chain;

import java.util.List;
import java.util.Optional;

/**
 * Where the touches of a customer's episodes are kept: each message sent, deferred or turned into a call task. A touch
 * is claimed before anything is done for it and moved on only from the status it was read in, so a retry never sends
 * twice.
 */
public interface Touches {

    Optional<Touch> touch(String customerKey, String touchId);

    List<Touch> touchesOf(String customerKey);

    /** Claims a touch before anything is done for it; false if it was claimed before. */
    boolean claim(Touch touch);

    /** Moves a touch on from {@code expected}; false (and nothing written) if it is no longer in that status. */
    boolean advance(Touch touch, TouchStatus expected);

    /** Removes one touch of the customer; an absent one is no trouble. */
    void deleteTouch(String customerKey, String touchId);
}
