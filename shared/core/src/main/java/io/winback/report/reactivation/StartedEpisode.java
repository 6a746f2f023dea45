package io.winback.report.reactivation;

import io.winback.chain.Episode;
import io.winback.chain.Touch;

import java.util.List;

/** One episode with its touches, as the campaign report reads them. */
public record StartedEpisode(Episode episode, List<Touch> touches) {
    public StartedEpisode {
        touches = List.copyOf(touches);
    }
}
