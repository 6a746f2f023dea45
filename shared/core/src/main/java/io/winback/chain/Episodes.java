package io.winback.chain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a customer's reactivation episodes are kept, and the index of those due for a step. Every write a retry could
 * repeat is conditional, so a repeat changes nothing.
 */
public interface Episodes {

    Optional<Episode> episode(String customerKey, String episodeId);

    List<Episode> episodesOf(String customerKey);

    /** Stores a new episode; false if one with its id exists already (a retried start). */
    boolean start(Episode episode);

    /**
     * Stores a new episode as the steps taken before it was stored left it (its first step's touch final, or an end),
     * counting all of it as {@link #saveIfUnchanged} counts a step; false if one with its id exists already. Where
     * {@link #start} stores such an episode as history, uncounted.
     */
    boolean startWithSteps(Episode episode);

    /**
     * Stores {@code copy}, the same episode kept under another customer key (an erased customer's pseudonym), unless
     * it is there already; what the campaign report counted of {@code original} is not counted again.
     */
    default boolean keepAs(Episode original, Episode copy) {
        return start(copy);
    }

    /** Saves over the version read (and moves it in or out of the due index); false if someone else saved first. */
    boolean saveIfUnchanged(Episode episode);

    /** Active episodes whose next step (or closing) is due on {@code day} or earlier. */
    List<DueEpisode> dueBy(LocalDate day);

    /** Removes one episode of the customer; an absent one is no trouble. */
    void deleteEpisode(String customerKey, String episodeId);

    record DueEpisode(String customerKey, String episodeId) {
    }
}
