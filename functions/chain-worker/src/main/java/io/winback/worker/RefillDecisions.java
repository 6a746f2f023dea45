package io.winback.worker;

import io.winback.chain.Chain;
import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.RefillIndex;
import io.winback.chain.RefillSchedule;
import io.winback.chain.SegmentMembershipCheck;
import io.winback.chain.Trigger;
import io.winback.cycles.GroupPurchaseRecords;
import io.winback.cycles.GroupPurchases;
import io.winback.cycles.ReplenishmentDue;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStatus;
import io.winback.domain.PurchaseBand;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.log.JsonLog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Decides one customer's refill reminder for a group the index holds due: start the refill chain of their band (or
 * of everyone) on its due day, or not. The day is recomputed here by that chain and the group's cycle now, from the
 * customer's record of the group: a later day moves the reminder there; a customer in another chain's episode waits
 * a day at a time, and a reminder more than {@link RefillSchedule#DAYS_LATE_AT_MOST} days late lapses (counted in
 * the log as such). The episode id starts with the cycle ({@link Trigger.Replenishment#cycleOf}): a retry, a re-run,
 * or a due day recomputed after the chain was edited finds the cycle reminded and starts nothing again. A decided
 * reminder leaves the index, unless a newer purchase has set the next one meanwhile.
 */
final class RefillDecisions {
    static final String STARTED = "started";
    static final String REMINDED_THIS_CYCLE = "reminded_this_cycle";
    static final String MOVED = "moved";
    static final String WAITING = "waiting";
    static final String LAPSED = "lapsed";
    static final String ARCHIVED = "archived";
    static final String NO_CHAIN = "no_chain";
    static final String NO_CYCLE = "no_cycle";
    private static final JsonLog LOG = JsonLog.forClass(RefillDecisions.class);
    private final Episodes episodes;
    private final RefillSchedule schedule;
    private final RefillIndex index;
    private final GroupPurchaseRecords records;
    private final CustomerUpdates customerUpdates;
    private final EpisodeSteps steps;
    private final EpisodesInProgress inProgress;
    private final EpisodeStarts starts;
    private final PurchaseBandPolicy bands;
    private final SegmentMembershipCheck segments;
    private final ZoneId zone;

    RefillDecisions(Episodes episodes, RefillSchedule schedule, RefillIndex index, GroupPurchaseRecords records,
                    CustomerUpdates customerUpdates, EpisodeSteps steps, EpisodesInProgress inProgress,
                    EpisodeStarts starts, PurchaseBandPolicy bands, SegmentMembershipCheck segments,
                    ZoneId zone) {
        this.segments = segments;
        this.episodes = episodes;
        this.schedule = schedule;
        this.index = index;
        this.records = records;
        this.customerUpdates = customerUpdates;
        this.steps = steps;
        this.inProgress = inProgress;
        this.starts = starts;
        this.bands = bands;
        this.zone = zone;
    }

    /** @param due the day the index holds the reminder due on, as the check read it */
    void decide(String customerKey, String group, LocalDate due, Instant now) {
        Optional<Customer> read = customerUpdates.find(customerKey);
        if (read.isEmpty()) {
            return; // gone (erased, or never there): its records went with it
        }
        GroupPurchases record = records.find(customerKey, List.of(group)).get(group);
        if (record == null || record.lastDay() == null) {
            index.move(customerKey, group, due, null);
            return;
        }
        Customer customer = read.get();
        LocalDate today = now.atZone(zone).toLocalDate();
        String cycle = Trigger.Replenishment.cycleOf(group, record.lastDay());
        RefillSchedule.Snapshot snapshot = schedule.snapshot();
        PurchaseBand band = customer.band(bands);
        Optional<Chain> chain = snapshot.chainFor(group, band, segments.of(customer, now));
        Optional<Episode> reminded = episodes.episodesOf(customerKey).stream()
                .filter(e -> e.id().startsWith(cycle)).findFirst();
        String outcome;
        LocalDate next = null;
        Episode started = null;
        if (reminded.isPresent()) {
            outcome = REMINDED_THIS_CYCLE;
            started = reminded.get();
        } else if (chain.isEmpty()) {
            outcome = NO_CHAIN;
        } else if (!(snapshot.dueBy(chain.get(), record) instanceof ReplenishmentDue.On on)) {
            outcome = NO_CYCLE;
        } else if (on.day().isAfter(today)) {
            outcome = MOVED;
            next = on.day();
        } else if (today.isAfter(on.day().plusDays(RefillSchedule.DAYS_LATE_AT_MOST))) {
            outcome = LAPSED;
        } else if (customer.status() == CustomerStatus.ARCHIVE) {
            outcome = ARCHIVED;
        } else if (inProgress.any(customerKey, now)) {
            outcome = WAITING;
            next = today.plusDays(1);
        } else {
            // Stored with its first step taken before the index moves on: a retry in between decides again.
            started = starts.unstored(customer, cycle + today, chain.get(), snapshot.configuration(), band, today,
                    now);
            steps.startWithFirstStep(started, now);
            outcome = STARTED;
        }
        index.move(customerKey, group, due, next);
        LOG.info("refill_decided", "customer", JsonLog.mask(customerKey), "group", group, "due", due.toString(),
                "outcome", outcome, "holdout", started != null && started.holdout());
        if (reminded.isPresent()) {
            steps.advance(customerKey, started.id(), now);
        }
    }
}
