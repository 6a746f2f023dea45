package io.winback.domain;

import java.time.LocalDate;

/**
 * What the daily check decided for a sleep day: a chain started, the customer was lost (asleep too long ago), or
 * nothing to start (archived, already in an episode). A customer decided for their current sleep day leaves the
 * sleep index; a purchase moves the sleep day and brings them back.
 */
public record SleepDecision(LocalDate sleepDay, String outcome) {
    public static final String STARTED = "started";
    public static final String LOST = "lost";
    public static final String ARCHIVED = "archived";
    public static final String IN_EPISODE = "in_episode";
    public static final String NO_CHAIN = "no_chain";
}
