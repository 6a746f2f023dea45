package io.winback.chain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One unit of the daily check's fan-out, for the chain worker: decide one customer's sleep day, or take one
 * episode's due step. {@code runTime} is the check's scheduled time: the worker's "now" for every decision, so a
 * retry or a re-run decides the same.
 */
public sealed interface WorkItem {

    String customerKey();

    Instant runTime();

    record DecideSleeper(String customerKey, LocalDate sleepAt, Instant runTime) implements WorkItem {
    }

    record AdvanceEpisode(String customerKey, String episodeId, Instant runTime) implements WorkItem {
    }
}
