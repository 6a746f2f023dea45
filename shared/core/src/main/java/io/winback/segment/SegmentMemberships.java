package io.winback.segment;

import io.winback.domain.Customer;
import io.winback.domain.Standing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps one customer's memberships current: evaluates every definition in memory against the card, compares with
 * what is stored, and writes only what changed. Called wherever a card changes (a sale on the stream, an edit through
 * the API) and on the customer's flip day; never by rebuilding a segment. Two writers racing on one customer: the
 * loser reads the card and the memberships again and re-evaluates, so the stored memberships follow the newest card.
 */
public final class SegmentMemberships {
    /** How the flip day is written: LAZY moves it only earlier (the stream), EXACT sets it (the flip day's own work). */
    public enum Flip { LAZY, EXACT }

    static final int MAX_ATTEMPTS = 8;

    private final SegmentConfigurationStore definitions;
    private final MembershipStore store;
    private final PurchaseDays purchases;
    private final Standing.Policy standing;
    private final ZoneId zone;

    public SegmentMemberships(SegmentConfigurationStore definitions, MembershipStore store, PurchaseDays purchases,
                              Standing.Policy standing, ZoneId zone) {
        this.definitions = definitions;
        this.store = store;
        this.purchases = purchases;
        this.standing = standing;
        this.zone = zone;
    }

    /** The definitions in force, read once per batch or request and handed to {@link #refresh}. */
    public SegmentConfiguration definitions() {
        return definitions.current();
    }

    /** The definitions as version {@code version} had them; empty when that version is not stored. */
    public Optional<SegmentConfiguration> definitions(int version) {
        return definitions.version(version);
    }

    /**
     * The fill's work for one customer: {@code card} evaluated against {@code next} and the versions before it
     * ({@code baselines}, see {@link FillDecision}) and only what {@code next} changes written, without reading the
     * stored record unless the versions before disagree or the record does not hold what they say; with no baseline
     * (or one that cannot be decided unread), an exact {@link #refresh}. Returns what was written.
     */
    public MembershipChange fill(SegmentConfiguration next, List<SegmentConfiguration> baselines, Customer card,
                                 Instant now, Function<String, Optional<Customer>> reread) {
        if (!FillDecision.possible(next, baselines)) {
            return refresh(next, card, now, Flip.EXACT, reread);
        }
        LocalDate day = now.atZone(zone).toLocalDate();
        PurchaseNeeds needs = next.needs(day);
        for (SegmentConfiguration baseline : baselines) {
            needs = needs.and(baseline.needs(day));
        }
        CustomerFacts facts = new CustomerFacts(card, day, now, standing,
                needs.any() ? purchases.of(card.key(), needs) : Map.of(), Set.of());
        return switch (FillDecision.of(next, baselines, facts)) {
            case FillDecision.Nothing nothing -> noChange();
            case FillDecision.ReadFirst read -> refresh(next, card, now, Flip.EXACT, reread);
            case FillDecision.Write write -> {
                if (write.changesMemberships() && !store.applyUnread(card.key(), write.joined(), write.left(), day,
                        versions(next, write.joined()))) {
                    yield refresh(next, card, now, Flip.EXACT, reread);
                }
                if (write.flipNoLaterThan() != null) {
                    store.flipNoLaterThan(card.key(), write.flipNoLaterThan());
                }
                yield new MembershipChange(write.joined(), write.left(), write.flipNoLaterThan() != null,
                        write.flipNoLaterThan());
            }
        };
    }

    /**
     * Re-evaluates {@code card} at {@code now} against {@code configuration} (read once per batch or request by the
     * caller) and stores what changed. {@code reread} gives the card afresh when another writer changed the
     * memberships meanwhile. Returns what was written (nothing, when nothing changed).
     */
    public MembershipChange refresh(SegmentConfiguration configuration, Customer card, Instant now, Flip flip,
                                    Function<String, Optional<Customer>> reread) {
        // Nothing defined: the stream reads nothing; the flip day's work and a fill still clear what is left stored.
        if (configuration.segments().isEmpty() && flip == Flip.LAZY) {
            return noChange();
        }
        Customer current = card;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            StoredMemberships stored = store.of(current.key());
            if (!configuration.anyDynamic() && stored.members().isEmpty()) {
                return noChange();
            }
            LocalDate day = now.atZone(zone).toLocalDate();
            SegmentEvaluation evaluation = SegmentEvaluation.of(configuration, facts(configuration, current, stored,
                    day, now));
            MembershipChange change = MembershipChange.between(stored, evaluation, configuration, day,
                    flip == Flip.EXACT);
            if (!change.writes()) {
                return change;
            }
            if (store.apply(current.key(), stored, change, day, versions(configuration, change.joined()))) {
                return change;
            }
            Optional<Customer> fresh = reread.apply(current.key());
            if (fresh.isEmpty()) {
                return noChange();
            }
            current = fresh.get();
        }
        throw new IllegalStateException("the memberships of one customer kept changing under " + MAX_ATTEMPTS
                + " attempts to store them");
    }

    /**
     * The segments {@code card} is in at {@code now}, evaluated in memory against {@code configuration}: the dynamic
     * segments by their conditions as of that instant (not waiting for the stored memberships to catch up), the static
     * lists as stored. Nothing is written.
     */
    public SegmentEvaluation evaluate(SegmentConfiguration configuration, Customer card, Instant now) {
        if (configuration.segments().isEmpty()) {
            return new SegmentEvaluation(Set.of(), null);
        }
        LocalDate day = now.atZone(zone).toLocalDate();
        return SegmentEvaluation.of(configuration, facts(configuration, card, store.of(card.key()), day, now));
    }

    /** The facts the definitions read: static lists from what is stored, purchases only when a definition asks. */
    private CustomerFacts facts(SegmentConfiguration configuration, Customer card, StoredMemberships stored,
                                LocalDate day, Instant now) {
        Set<String> staticLists = new HashSet<>();
        for (String id : stored.members()) {
            configuration.find(id).filter(SegmentDefinition::isStatic).ifPresent(s -> staticLists.add(id));
        }
        PurchaseNeeds needs = configuration.needs(day);
        return new CustomerFacts(card, day, now, standing, needs.any() ? purchases.of(card.key(), needs) : Map.of(),
                staticLists);
    }

    private static Map<String, Integer> versions(SegmentConfiguration configuration, Set<String> ids) {
        Map<String, Integer> versions = new HashMap<>();
        ids.forEach(id -> configuration.find(id).ifPresent(s -> versions.put(id, s.version())));
        return versions;
    }

    private static MembershipChange noChange() {
        return new MembershipChange(Set.of(), Set.of(), false, null);
    }
}
