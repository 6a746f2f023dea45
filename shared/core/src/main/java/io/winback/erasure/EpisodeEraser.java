package io.winback.erasure;

import io.winback.chain.Episode;
import io.winback.chain.ReactivationStore;

/** The episodes, kept under the pseudonym; one still running ends ({@link WhatErasureKeeps#episode}). */
public final class EpisodeEraser implements CustomerDataEraser {
    private final ReactivationStore store;

    public EpisodeEraser(ReactivationStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "episodes";
    }

    @Override
    public int erase(Erasure erasure) {
        int moved = 0;
        for (Episode episode : store.episodesOf(erasure.customerKey())) {
            // Put-if-absent, then removed: a retry after an interruption finds the kept copy and leaves it.
            store.start(WhatErasureKeeps.episode(episode, erasure.erasedAs()));
            store.deleteEpisode(episode.customerKey(), episode.id());
            moved++;
        }
        return moved;
    }
}
