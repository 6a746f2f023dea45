package io.winback.report.reactivation;

import java.time.LocalDate;
import java.util.function.Consumer;

/** Where the campaign report reads episodes from. */
public interface StartedEpisodes {

    /**
     * Hands over, one at a time, every episode whose customer entered its chain on a day from {@code from} to
     * {@code to} (both included), with its touches. A customer's episodes come in the order they entered.
     */
    void forEach(LocalDate from, LocalDate to, Consumer<StartedEpisode> visit);
}
