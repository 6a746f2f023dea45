package io.winback.worker;

import io.winback.chain.Channel;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** The channels a provider said are paused, kept for the run they said it in: the next run tries them again. */
final class PausedChannels {
    private final Set<Channel> paused = EnumSet.noneOf(Channel.class);
    private Instant pausedForRun;

    /** The channels paused in {@code run}; none when the run is another than the last one a pause was heard in. */
    synchronized Set<Channel> in(Instant run) {
        forRun(run);
        return Set.copyOf(paused);
    }

    synchronized void pause(Instant run, Channel channel) {
        forRun(run);
        paused.add(channel);
    }

    private void forRun(Instant run) {
        if (!run.equals(pausedForRun)) {
            paused.clear();
            pausedForRun = run;
        }
    }
}
