package io.winback.domain;

import io.winback.bonus.BonusLedger;
import io.winback.bonus.BonusRedemption;
import io.winback.sleep.SleepRule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A customer as Winback keeps them: who they are, what they bought, and the bookkeeping that makes applying a
 * sale exactly-once ({@code recentSales}) and safe under concurrent writers ({@code version}). {@code scores} are the
 * RFM/ABC segment scores of the segments job's last run, null when the customer is not scored; they are part of the
 * record so that every whole-item write keeps them. {@code openEpisodes}: the ids of the episodes started for the
 * customer and not known to have ended (see {@link #mayBeInEpisode()}).
 */
public record Customer(
        String key,
        CustomerProfile profile,
        CustomerStats stats,
        CustomerStatus status,
        Map<String, CustomProperty> properties,
        RecentlyAppliedSales recentSales,
        long version,
        SleepDecision sleepDecision,
        BonusLedger bonuses,
        RfmScores scores,
        Set<String> openEpisodes) {

    public Customer {
        properties = Map.copyOf(properties);
        bonuses = bonuses == null ? BonusLedger.EMPTY : bonuses;
        openEpisodes = openEpisodes == null ? Set.of() : Set.copyOf(openEpisodes);
    }

    /** A customer in no episode. */
    public Customer(String key, CustomerProfile profile, CustomerStats stats, CustomerStatus status,
                    Map<String, CustomProperty> properties, RecentlyAppliedSales recentSales, long version,
                    SleepDecision sleepDecision, BonusLedger bonuses, RfmScores scores) {
        this(key, profile, stats, status, properties, recentSales, version, sleepDecision, bonuses, scores, Set.of());
    }

    public Customer(String key, CustomerProfile profile, CustomerStats stats, CustomerStatus status,
                    Map<String, CustomProperty> properties, RecentlyAppliedSales recentSales, long version) {
        this(key, profile, stats, status, properties, recentSales, version, null, BonusLedger.EMPTY, null, Set.of());
    }

    public static Customer firstSeen(String key) {
        return new Customer(key, CustomerProfile.EMPTY, CustomerStats.NONE, CustomerStatus.ACTIVE, Map.of(),
                RecentlyAppliedSales.NONE, 0);
    }

    public boolean hasApplied(String saleId) {
        return recentSales.contains(saleId);
    }

    /**
     * This customer after {@code sale}, received (stored by the webhook) at {@code receivedAt}; the same customer
     * when the sale was applied already. For a customer whose {@link #recentSales} forgot ids by count, use the
     * overload that takes the markers.
     */
    public Customer apply(Sale sale, Instant receivedAt, ZoneId zone) {
        return apply(sale, receivedAt, zone, Set.of());
    }

    /**
     * As {@link #apply(Sale, Instant, ZoneId)}, where {@code markedApplied} holds those sales, among the ones
     * {@link RecentlyAppliedSales#knows} sends to the markers, that a marker says were applied.
     */
    public Customer apply(Sale sale, Instant receivedAt, ZoneId zone, Set<String> markedApplied) {
        if (recentSales.knows(sale.saleId(), receivedAt) == RecentlyAppliedSales.Known.APPLIED
                || markedApplied.contains(sale.saleId())) {
            return this;
        }
        String token = CustomerProfile.asOfToken(sale.occurredAt().toInstant().toEpochMilli(), sale.saleId());
        BonusLedger ledger = redemptionFor(sale).map(bonuses::after).orElse(bonuses);
        return new Customer(key, profile.mergedWith(sale.customer(), token), stats.with(sale, zone), status,
                properties, recentSales.with(sale.saleId(), receivedAt), version, sleepDecision, ledger,
                scores, openEpisodes);
    }

    /** What {@code sale} would spend of this customer's bonuses; empty when it spends none or is a return. */
    public Optional<BonusRedemption> redemptionFor(Sale sale) {
        return sale.isPurchase()
                ? Optional.ofNullable(bonuses.redemption(sale.saleId(), sale.occurredAt().toInstant(),
                sale.bonusRedeemed()))
                : Optional.empty();
    }

    public Customer withRecentSales(RecentlyAppliedSales kept) {
        return new Customer(key, profile, stats, status, properties, kept, version, sleepDecision, bonuses, scores,
                openEpisodes);
    }

    public PurchaseBand band(PurchaseBandPolicy policy) {
        return policy.bandOf(stats.purchases(), profile.isVip());
    }

    /** The sleep day under {@code sleep}, the rule in force (the playbook's days or the shop's model). */
    public LocalDate sleepAt(PurchaseBandPolicy bands, SleepRule sleep) {
        return sleep.sleepAt(band(bands), stats);
    }

    /** The sleep day the daily check still has to decide on; null when there is none or it was decided. */
    public LocalDate undecidedSleepAt(PurchaseBandPolicy bands, SleepRule sleep) {
        LocalDate sleepAt = sleepAt(bands, sleep);
        return sleepAt == null || decidedThisSilence() ? null : sleepAt;
    }

    /**
     * Whether the daily check decided on this customer since their last visit: then they are not woken again until
     * they buy, even when the day moves without a purchase (a refit of the model, a changed threshold), so one
     * silence is decided once. A purchase on or after the decided day starts a new silence.
     */
    public boolean decidedThisSilence() {
        LocalDate last = stats.lastVisitDay();
        return sleepDecision != null && (last == null || sleepDecision.sleepDay().isAfter(last));
    }

    public Customer withProfile(CustomerProfile newProfile) {
        return new Customer(key, newProfile, stats, status, properties, recentSales, version, sleepDecision, bonuses,
                scores, openEpisodes);
    }

    public Customer withStatus(CustomerStatus newStatus) {
        return new Customer(key, profile, stats, newStatus, properties, recentSales, version, sleepDecision, bonuses,
                scores, openEpisodes);
    }

    public Customer withProperties(Map<String, CustomProperty> newProperties) {
        return new Customer(key, profile, stats, status, newProperties, recentSales, version, sleepDecision, bonuses,
                scores, openEpisodes);
    }

    public Customer withSleepDecision(SleepDecision decision) {
        return new Customer(key, profile, stats, status, properties, recentSales, version, decision, bonuses,
                scores, openEpisodes);
    }

    public Customer withBonuses(BonusLedger ledger) {
        return new Customer(key, profile, stats, status, properties, recentSales, version, sleepDecision, ledger,
                scores, openEpisodes);
    }

    /** Written by the segments job alone; every other change keeps the scores until its next run. */
    public Customer withScores(RfmScores newScores) {
        return new Customer(key, profile, stats, status, properties, recentSales, version, sleepDecision, bonuses,
                newScores, openEpisodes);
    }

    /**
     * Whether a purchase may end an episode of this customer, known from the card alone (the stats function reads it
     * anyway), so a purchase of a customer in no episode costs no read of the episodes: an episode is marked on the
     * card before it starts (a sleeper's right after, with the decision) ({@link #withEpisodeOpened}) and unmarked
     * once it ends; a card written before the marks were kept says so through its sleep decision, as before.
     */
    public boolean mayBeInEpisode() {
        return !openEpisodes.isEmpty() || (sleepDecision != null
                && (SleepDecision.STARTED.equals(sleepDecision.outcome())
                || SleepDecision.IN_EPISODE.equals(sleepDecision.outcome())));
    }

    /** Marked as maybe in the episode {@code episodeId}: written before the episode is started (a sleeper's: after). */
    public Customer withEpisodeOpened(String episodeId) {
        Set<String> open = new java.util.HashSet<>(openEpisodes);
        open.add(episodeId);
        return new Customer(key, profile, stats, status, properties, recentSales, version, sleepDecision, bonuses,
                scores, open);
    }

    /** No longer marked as in the episode {@code episodeId}: written once it has ended. */
    public Customer withEpisodeClosed(String episodeId) {
        Set<String> open = new java.util.HashSet<>(openEpisodes);
        open.remove(episodeId);
        return new Customer(key, profile, stats, status, properties, recentSales, version, sleepDecision, bonuses,
                scores, open);
    }

    public Customer withVersion(long newVersion) {
        return new Customer(key, profile, stats, status, properties, recentSales, newVersion, sleepDecision, bonuses,
                scores, openEpisodes);
    }
}
