package io.winback.erasure;

import io.winback.chain.Episode;
import io.winback.chain.Episodes;

/** The episodes, kept under the pseudonym; one still running ends ({@link WhatErasureKeeps#episode}). */
public final class EpisodeEraser implements CustomerDataEraser {
    private final Episodes episodes;

    public EpisodeEraser(Episodes episodes) {
        this.episodes = episodes;
    }

    @Override
    public String name() {
        return "episodes";
    }

    @Override
    public int erase(Erasure erasure) {
        int moved = 0;
        for (Episode episode : episodes.episodesOf(erasure.customerKey())) {
            // Put-if-absent, then removed: a retry after an interruption finds the kept copy and leaves it.
            episodes.keepAs(episode, WhatErasureKeeps.episode(episode, erasure.erasedAs()));
            episodes.deleteEpisode(episode.customerKey(), episode.id());
            moved++;
        }
        return moved;
    }
}
