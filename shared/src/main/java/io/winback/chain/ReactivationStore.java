package io.winback.chain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where episodes, touches, call tasks and consent changes are kept. Every write that could be repeated by a retry
 * is conditional, so a repeat changes nothing.
 */
public interface ReactivationStore {

    Optional<Episode> episode(String customerKey, String episodeId);

    List<Episode> episodesOf(String customerKey);

    /** Stores a new episode; false if one with its id exists already (a retried start). */
    boolean start(Episode episode);

    /** Saves over the version read (and moves it in or out of the due index); false if someone else saved first. */
    boolean saveIfUnchanged(Episode episode);

    /** Active episodes whose next step (or closing) is due on {@code day} or earlier. */
    List<DueEpisode> dueBy(LocalDate day);

    Optional<Touch> touch(String customerKey, String touchId);

    List<Touch> touchesOf(String customerKey);

    /** Claims a touch before anything is done for it; false if it was claimed before. */
    boolean claim(Touch touch);

    /** Moves a touch on from {@code expected}; false (and nothing written) if it is no longer in that status. */
    boolean advance(Touch touch, TouchStatus expected);

    /** Opens a call task; a second call with the same id changes nothing. */
    void openTask(CallTask task);

    void recordConsent(ConsentChange change);

    /** Every consent change of a customer, newest first: what they said, when, and through which source. */
    List<ConsentChange> consentHistory(String customerKey);

    record DueEpisode(String customerKey, String episodeId) {
    }
}
