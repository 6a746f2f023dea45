package io.winback.domain;

import java.time.LocalDate;

/**
 * What the daily check decided for a sleep day: a chain started, the customer was lost (asleep too long ago), or
 * nothing to start (archived, already in an episode). A customer decided since their last visit leaves the sleep
 * index, even if the day moves without a purchase (a refit of the timing model); a purchase starts a new silence and
 * brings them back ({@link Customer#decidedThisSilence()}).
 */
public record SleepDecision(LocalDate sleepDay, String outcome) {
    public static final String STARTED = "started";
    public static final String LOST = "lost";
    public static final String ARCHIVED = "archived";
    public static final String IN_EPISODE = "in_episode";
    public static final String NO_CHAIN = "no_chain";
}
