package io.winback.worker;

import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.CrossSellCalendar;
import io.winback.chain.CrossSellConditions;
import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.SegmentMembershipCheck;
import io.winback.chain.Trigger;
import io.winback.cycles.GroupPurchaseRecords;
import io.winback.cycles.GroupPurchases;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStatus;
import io.winback.domain.PurchaseBand;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.log.JsonLog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides one customer's purchase of a group that cross-sell chains follow with an offer today: for each such chain
 * pair in turn (camera → lens, camera → case), start its chain of the customer's band (or of everyone), or not
 * (gone, archived, the purchase returned whole, the offered group bought since it or shortly before, in another
 * episode, no chain for the band). The episode is named by the purchase day ({@code bought:camera>lens@2027-03-01}),
 * so a re-run, a retry or a redelivered item finds it and never starts a second offer for that day's purchase. The
 * purchase days of both groups come from the records the sales stream keeps ({@link GroupPurchases}: a returned
 * receipt leaves its day), one read for all of them.
 */
final class CrossSellDecisions {
    static final String GONE = "gone";
    static final String STARTED = "started";
    static final String ARCHIVED = "archived";
    static final String RETURNED = "returned";
    static final String OFFER_BOUGHT = "offer_bought";
    static final String IN_EPISODE = "in_episode";
    static final String NO_CHAIN = "no_chain";
    private static final JsonLog LOG = JsonLog.forClass(CrossSellDecisions.class);
    private final Episodes episodes;
    private final ChainConfigurationStore configurations;
    private final CustomerUpdates customerUpdates;
    private final GroupPurchaseRecords purchases;
    private final EpisodeSteps steps;
    private final EpisodesInProgress inProgress;
    private final EpisodeStarts starts;
    private final PurchaseBandPolicy bands;
    private final SegmentMembershipCheck segments;
    private final ZoneId zone;

    CrossSellDecisions(Episodes episodes, ChainConfigurationStore configurations, CustomerUpdates customerUpdates,
                       GroupPurchaseRecords purchases, EpisodeSteps steps, EpisodesInProgress inProgress,
                       EpisodeStarts starts, PurchaseBandPolicy bands, SegmentMembershipCheck segments,
                       ZoneId zone) {
        this.segments = segments;
        this.episodes = episodes;
        this.configurations = configurations;
        this.customerUpdates = customerUpdates;
        this.purchases = purchases;
        this.steps = steps;
        this.inProgress = inProgress;
        this.starts = starts;
        this.bands = bands;
        this.zone = zone;
    }

    /**
     * @param purchaseDay the shop day the customer bought from {@code group}, as the check found it
     * @param saleIds     their receipts of the group that day
     */
    void decide(String customerKey, String group, LocalDate purchaseDay, List<String> saleIds, Instant now) {
        Optional<Customer> read = customerUpdates.find(customerKey);
        LocalDate today = now.atZone(zone).toLocalDate();
        ChainConfiguration configuration = configurations.current();
        List<Trigger.Bought> due = CrossSellCalendar.dueOn(configuration, group, purchaseDay, today);
        if (read.isEmpty() || due.isEmpty()) {
            // Gone (erased, or never there), or the chain was changed since the check read the configuration.
            LOG.info("cross_sell_decided", "customer", JsonLog.mask(customerKey), "group", group,
                    "purchaseDay", purchaseDay.toString(), "outcome", read.isEmpty() ? GONE : NO_CHAIN);
            return;
        }
        Map<String, GroupPurchases> records = null;
        for (Trigger.Bought trigger : due) {
            String episodeId = trigger.on(purchaseDay).episodeId();
            Optional<Episode> existing = episodes.episode(customerKey, episodeId);
            if (existing.isEmpty() && records == null) {
                records = purchases.find(customerKey, groupsOf(group, due));
            }
            Map<String, GroupPurchases> known = records;
            Decision decision = existing.map(Decision::found).orElseGet(() -> decide(read.get(), trigger,
                    episodeId, purchaseDay, saleIds, configuration, known, today, now));
            LOG.info("cross_sell_decided", "customer", JsonLog.mask(customerKey), "episode", episodeId,
                    "afterDays", trigger.afterDays(), "receipts", saleIds.size(), "outcome", decision.outcome(),
                    "holdout", decision.started() != null && decision.started().holdout());
            if (decision.unstored()) {
                steps.startWithFirstStep(decision.started(), now);
            } else if (decision.started() != null) {
                steps.advance(customerKey, decision.started().id(), now);
            }
            if (!decision.nextPairMayStart()) {
                return;
            }
        }
    }

    /**
     * What was decided for one chain pair, and the episode started (or found) for it; {@code unstored}: started
     * here, stored once its first step is taken.
     */
    private record Decision(String outcome, Episode started, boolean unstored) {
        Decision(String outcome, Episode started) {
            this(outcome, started, false);
        }

        static Decision found(Episode episode) {
            // This purchase's offer started already: a retry, a re-run, a redelivered item.
            return new Decision(STARTED, episode);
        }

        /** Only an offer not made for a reason of this pair's own leaves the next pair of the group to decide. */
        boolean nextPairMayStart() {
            return outcome.equals(OFFER_BOUGHT) || outcome.equals(NO_CHAIN);
        }
    }

    private Decision decide(Customer customer, Trigger.Bought trigger, String episodeId, LocalDate purchaseDay,
                            List<String> saleIds, ChainConfiguration configuration,
                            Map<String, GroupPurchases> records, LocalDate today, Instant now) {
        if (customer.status() == CustomerStatus.ARCHIVE) {
            return new Decision(ARCHIVED, null);
        }
        if (CrossSellConditions.returnedWhole(records.get(trigger.group()), purchaseDay, saleIds)) {
            return new Decision(RETURNED, null);
        }
        if (CrossSellConditions.offerBoughtAlready(trigger, records.get(trigger.offerGroup()), purchaseDay)) {
            return new Decision(OFFER_BOUGHT, null);
        }
        if (inProgress.any(customer.key(), now)) {
            return new Decision(IN_EPISODE, null);
        }
        PurchaseBand band = customer.band(bands);
        Optional<Chain> chain = configuration.chainServing(trigger, band, segments.of(customer, now));
        if (chain.isEmpty()) {
            return new Decision(NO_CHAIN, null);
        }
        return new Decision(STARTED, starts.unstored(customer, episodeId, chain.get(), configuration, band, today, now),
                true);
    }

    private static Set<String> groupsOf(String group, List<Trigger.Bought> due) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(group);
        due.forEach(trigger -> groups.add(trigger.offerGroup()));
        return groups;
    }
}
