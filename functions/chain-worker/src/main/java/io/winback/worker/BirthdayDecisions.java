package io.winback.worker;

import io.winback.chain.BirthdayCalendar;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.SegmentMembershipCheck;
import io.winback.chain.Trigger;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStatus;
import io.winback.domain.PurchaseBand;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.log.JsonLog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Decides one customer's birthday: start the birthday chain of their band (or of everyone), or not (gone, archived,
 * the card's birthday changed since the check read the index, in another episode, no chain greeting this many days
 * before). The episode is named by the day the birthday is celebrated this year ({@code birthday@2027-03-10}), not
 * by the day it starts, so a re-run, a retry, or a chain's {@code daysBefore} edited between two runs finds the
 * year's episode and never starts a second one. Nothing is recorded on the customer: the index lists them only on
 * the due day, and the episode is the record.
 */
final class BirthdayDecisions {
    static final String STARTED = "started";
    static final String ARCHIVED = "archived";
    static final String BIRTHDAY_CHANGED = "birthday_changed";
    static final String IN_EPISODE = "in_episode";
    static final String NO_CHAIN = "no_chain";
    static final String GREETED_THIS_YEAR = "greeted_this_year";
    private static final JsonLog LOG = JsonLog.forClass(BirthdayDecisions.class);
    private final Episodes episodes;
    private final ChainConfigurationStore configurations;
    private final CustomerUpdates customerUpdates;
    private final EpisodeSteps steps;
    private final EpisodesInProgress inProgress;
    private final EpisodeStarts starts;
    private final PurchaseBandPolicy bands;
    private final SegmentMembershipCheck segments;
    private final ZoneId zone;

    BirthdayDecisions(Episodes episodes, ChainConfigurationStore configurations, CustomerUpdates customerUpdates,
                      EpisodeSteps steps, EpisodesInProgress inProgress, EpisodeStarts starts,
                      PurchaseBandPolicy bands, SegmentMembershipCheck segments, ZoneId zone) {
        this.segments = segments;
        this.episodes = episodes;
        this.configurations = configurations;
        this.customerUpdates = customerUpdates;
        this.steps = steps;
        this.inProgress = inProgress;
        this.starts = starts;
        this.bands = bands;
        this.zone = zone;
    }

    /** @param birthday the day the customer's birthday is celebrated this year, as the check found it */
    void decide(String customerKey, LocalDate birthday, Instant now) {
        Optional<Customer> read = customerUpdates.find(customerKey);
        LocalDate today = now.atZone(zone).toLocalDate();
        long daysBefore = ChronoUnit.DAYS.between(today, birthday);
        if (read.isEmpty() || daysBefore < 0 || daysBefore > Trigger.Birthday.MAX_DAYS_BEFORE) {
            return; // gone (erased, or never there), or not an item the check makes
        }
        Customer customer = read.get();
        Trigger.Occasion occasion = new Trigger.Birthday((int) daysBefore).on(birthday);
        Optional<Episode> existing = episodes.episode(customerKey, occasion.episodeId());
        String outcome;
        Episode started = null;
        LocalDate onCard = customer.profile().birthday();
        if (existing.isPresent()) {
            // This year's greeting started already: a retry, a re-run, or another daysBefore that came first.
            outcome = STARTED;
            started = existing.get();
        } else if (greetedIn(customerKey, birthday.getYear())) {
            // Greeted this year on another day: the card's birthday was corrected after the greeting.
            outcome = GREETED_THIS_YEAR;
        } else if (customer.status() == CustomerStatus.ARCHIVE) {
            outcome = ARCHIVED;
        } else if (onCard == null || !BirthdayCalendar.celebratedIn(onCard, birthday.getYear()).equals(birthday)) {
            outcome = BIRTHDAY_CHANGED;
        } else if (inProgress.any(customerKey, now)) {
            outcome = IN_EPISODE;
        } else {
            ChainConfiguration configuration = configurations.current();
            PurchaseBand band = customer.band(bands);
            // A segment or band with a birthday chain of its own is greeted only by it, on its own day.
            Optional<Chain> chain = configuration.chainServing(occasion.trigger(), band,
                    segments.of(customer, now));
            if (chain.isEmpty()) {
                outcome = NO_CHAIN;
            } else {
                started = starts.unstored(customer, occasion.episodeId(), chain.get(), configuration, band, today,
                        now);
                outcome = STARTED;
            }
        }
        LOG.info("birthday_decided", "customer", JsonLog.mask(customerKey), "episode", Trigger.Occasion.outward(occasion.episodeId()),
                "daysBefore", daysBefore, "outcome", outcome, "holdout", started != null && started.holdout());
        if (existing.isPresent()) {
            steps.advance(customerKey, started.id(), now);
        } else if (started != null) {
            steps.startWithFirstStep(started, now);
        }
    }

    /** Whether a birthday episode of {@code year} exists already, whatever day it was named by. */
    private boolean greetedIn(String customerKey, int year) {
        String thatYear = new Trigger.Birthday(0).name() + "@" + year + "-";
        return episodes.episodesOf(customerKey).stream().anyMatch(e -> e.id().startsWith(thatYear));
    }
}
