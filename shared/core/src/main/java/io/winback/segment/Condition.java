package io.winback.segment;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusLedger;
import io.winback.chain.Channel;
import io.winback.chain.Contacts;
import io.winback.domain.AbcClass;
import io.winback.domain.CustomProperty;
import io.winback.domain.Gender;
import io.winback.domain.PurchaseBand;
import io.winback.domain.RfmScores;
import io.winback.domain.Standing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A condition of a dynamic segment over what Winback knows of a customer. {@link #holds} decides it for one customer
 * on one day; {@link #nextFlip} says when its answer may change with nothing happening to the customer (a threshold
 * of days reached, a window ending, a birthday coming, a bonus expiring), so that the daily check re-evaluates the
 * customer on that day instead of anyone rebuilding the segment.
 */
public sealed interface Condition {

    boolean holds(CustomerFacts facts);

    /**
     * The first day after {@code facts.day()} on which {@link #holds} may answer otherwise although nothing about the
     * customer changed; null when that cannot happen. It may be early (the customer is then re-evaluated for nothing),
     * never late.
     */
    LocalDate nextFlip(CustomerFacts facts);

    /**
     * The earliest flip of the parts: a combination can change only when a part does (cheap, and never late; early
     * when the part that flips does not decide the combination).
     */
    private static LocalDate earliestFlip(List<Condition> parts, CustomerFacts facts) {
        LocalDate earliest = null;
        for (Condition part : parts) {
            earliest = Flips.earlier(earliest, part.nextFlip(facts));
        }
        return earliest;
    }

    /** Every condition holds (an empty list holds). */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        public boolean holds(CustomerFacts facts) {
            for (Condition condition : conditions) {
                if (!condition.holds(facts)) {
                    return false;
                }
            }
            return true;
        }

        public LocalDate nextFlip(CustomerFacts facts) {
            return Condition.earliestFlip(conditions, facts);
        }
    }

    /** At least one condition holds (an empty list does not). */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        public boolean holds(CustomerFacts facts) {
            for (Condition condition : conditions) {
                if (condition.holds(facts)) {
                    return true;
                }
            }
            return false;
        }

        public LocalDate nextFlip(CustomerFacts facts) {
            return Condition.earliestFlip(conditions, facts);
        }
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {
        public boolean holds(CustomerFacts facts) {
            return !condition.holds(facts);
        }

        public LocalDate nextFlip(CustomerFacts facts) {
            return condition.nextFlip(facts);
        }
    }

    /** Days since the last visit day; a customer who never bought has no such figure and fails. */
    record DaysSinceLastPurchase(Comparison op, int days) implements Condition {
        public boolean holds(CustomerFacts facts) {
            return holdsOn(facts.day(), facts.customer().stats().lastVisitDay());
        }

        public LocalDate nextFlip(CustomerFacts facts) {
            LocalDate last = facts.customer().stats().lastVisitDay();
            if (last == null) {
                return null;
            }
            // The figure grows by one a day: the comparison with days can change only when it reaches days, and the
            // day after (= and != change on both).
            LocalDate reached = last.plusDays(days);
            return Flips.firstChange(facts.day(), d -> holdsOn(d, last), List.of(reached, reached.plusDays(1)));
        }

        private boolean holdsOn(LocalDate day, LocalDate lastVisitDay) {
            return lastVisitDay != null
                    && op.test(Long.compare(java.time.temporal.ChronoUnit.DAYS.between(lastVisitDay, day), days));
        }
    }

    record Purchases(Comparison op, int count) implements Condition {
        public boolean holds(CustomerFacts facts) {
            return op.test(Integer.compare(facts.customer().stats().purchases(), count));
        }

        /** Changes only by events (a sale, an edit of the card, the segments job), never by time. */
        public LocalDate nextFlip(CustomerFacts facts) {
            return null;
        }
    }

    /** Net spent (purchases minus refunds). */
    record Spent(Comparison op, BigDecimal amount) implements Condition {
        public boolean holds(CustomerFacts facts) {
            return op.test(facts.customer().stats().netSpent().compareTo(amount));
        }

        /** Changes only by events (a sale, an edit of the card, the segments job), never by time. */
        public LocalDate nextFlip(CustomerFacts facts) {
            return null;
        }
    }

    record AverageCheck(Comparison op, BigDecimal amount) implements Condition {
        public boolean holds(CustomerFacts facts) {
            BigDecimal average = facts.customer().stats().averageCheck();
            return average != null && op.test(average.compareTo(amount));
        }

        /** Changes only by events (a sale, an edit of the card, the segments job), never by time. */
        public LocalDate nextFlip(CustomerFacts facts) {
            return null;
        }
    }

    record BandIn(Set<PurchaseBand> bands) implements Condition {
        public BandIn {
            bands = Set.copyOf(bands);
        }

        public boolean holds(CustomerFacts facts) {
            PurchaseBand band = facts.customer().band(facts.standing().bands());
            return band != null && bands.contains(band);
        }

        /** Changes only by events (a sale, an edit of the card, the segments job), never by time. */
        public LocalDate nextFlip(CustomerFacts facts) {
            return null;
        }
    }

    /** RFM codes as marketers write them ({@code 555}), {@code ?} standing for any score at its place. */
    record RfmIn(Set<String> codes) implements Condition {
        /** Stands for any score at its place. */
        public static final char ANY_SCORE = '?';
        /** What a code is: three places, each a score or {@link #ANY_SCORE}. */
        public static final String CODE_PATTERN = "[1-5?]{3}";

        public RfmIn {
            codes = Set.copyOf(codes);
            if (!codes.stream().allMatch(code -> code.matches(CODE_PATTERN))) {
                throw new IllegalArgumentException("an RFM code is three scores 1-5 or ?, got " + codes);
            }
        }

        public boolean holds(CustomerFacts facts) {
            RfmScores scores = facts.customer().scores();
            if (scores == null) {
                return false;
            }
            String rfm = scores.rfm();
            return codes.stream().anyMatch(code -> matches(code, rfm));
        }

        private static boolean matches(String code, String rfm) {
            if (code.length() != rfm.length()) {
                return false;
            }
            for (int i = 0; i < code.length(); i++) {
                if (code.charAt(i) != ANY_SCORE && code.charAt(i) != rfm.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** Changes only by events (a sale, an edit of the card, the segments job), never by time. */
        public LocalDate nextFlip(CustomerFacts facts) {
            return null;
        }
    }

    record AbcIn(Set<AbcClass> classes) implements Condition {
        public AbcIn {
            classes = Set.copyOf(classes);
        }

        public boolean holds(CustomerFacts facts) {
            RfmScores scores = facts.customer().scores();
            return scores != null && classes.contains(scores.abc());
        }

        /** Changes only by events (a sale, an edit of the card, the segments job), never by time. */
        public LocalDate nextFlip(CustomerFacts facts) {
            return null;
        }
    }

    record StandingIn(Set<Standing> standings) implements Condition {
        public StandingIn {
            standings = Set.copyOf(standings);
        }

        public boolean holds(CustomerFacts facts) {
            return standings.contains(standingOn(facts, facts.day()));
        }

        public LocalDate nextFlip(CustomerFacts facts) {
            LocalDate sleepAt = sleepAt(facts);
            if (sleepAt == null) {
                return null;
            }
            // Active until the sleep day, sleeping from it, lost once it is more than maxLateDays past.
            return Flips.firstChange(facts.day(), d -> standings.contains(standingOn(facts, d)),
                    List.of(sleepAt, sleepAt.plusDays(facts.standing().maxLateDays() + 1L)));
        }

        private static Standing standingOn(CustomerFacts facts, LocalDate day) {
            var stats = facts.customer().stats();
            return facts.standing().on(day, stats.purchases(), facts.customer().profile().isVip(),
                    stats.lastVisitDay());
        }

        private static LocalDate sleepAt(CustomerFacts facts) {
            var stats = facts.customer().stats();
            Standing.Policy policy = facts.standing();
            return stats.purchases() <= 0 ? null
                    : policy.sleep().sleepAt(facts.customer().band(policy.bands()), stats.lastVisitDay());
        }
    }

    /**
     * Bought the group or SKU within the last {@code withinDays} days (today and the {@code withinDays} days before),
     * or between {@code from} and {@code to} inclusive: exactly one of the two is given.
     */
    record Bought(ItemRef item, Integer withinDays, LocalDate from, LocalDate to) implements Condition {
        public Bought {
            boolean window = withinDays != null && withinDays >= 0 && from == null && to == null;
            boolean period = withinDays == null && from != null && to != null && !to.isBefore(from);
            if (item == null || !(window ^ period)) {
                throw new IllegalArgumentException("a bought condition names an item and either withinDays (0 or "
                        + "more) or a period from..to, got " + withinDays + ", " + from + ".." + to);
            }
        }

        public static Bought within(ItemRef item, int withinDays) {
            return new Bought(item, withinDays, null, null);
        }

        public static Bought between(ItemRef item, LocalDate from, LocalDate to) {
            return new Bought(item, null, from, to);
        }

        /** The earliest day this condition looks at when evaluated on {@code day}. */
        public LocalDate since(LocalDate day) {
            return withinDays == null ? from : day.minusDays(withinDays);
        }

        public boolean holds(CustomerFacts facts) {
            return holdsOn(facts.day(), facts.daysBought(item));
        }

        public LocalDate nextFlip(CustomerFacts facts) {
            if (withinDays == null) {
                return null;
            }
            // Within the window from a day bought to withinDays after it: it changes only when a day bought comes
            // into the window or the day after one leaves it.
            NavigableSet<LocalDate> days = facts.daysBought(item);
            List<LocalDate> candidates = new ArrayList<>(days.size() * 2);
            for (LocalDate bought : days) {
                candidates.add(bought);
                candidates.add(bought.plusDays(withinDays + 1L));
            }
            return Flips.firstChange(facts.day(), d -> holdsOn(d, days), candidates);
        }

        private boolean holdsOn(LocalDate day, NavigableSet<LocalDate> days) {
            return withinDays == null ? !days.subSet(from, true, to, true).isEmpty()
                    : !days.subSet(day.minusDays(withinDays), true, day, true).isEmpty();
        }
    }

    /** The store the customer buys at most often is one of these. */
    record StoreIn(Set<String> stores) implements Condition {
        public StoreIn {
            stores = Set.copyOf(stores);
        }

        public boolean holds(CustomerFacts facts) {
            String store = facts.customer().stats().mostVisitedStore();
            return store != null && stores.contains(store);
        }

        /** Changes only by events (a sale, an edit of the card, the segments job), never by time. */
        public LocalDate nextFlip(CustomerFacts facts) {
            return null;
        }
    }

    /** The next birthday falls today or within the following {@code days} days. */
    record BirthdayWithinDays(int days) implements Condition {
        public boolean holds(CustomerFacts facts) {
            return BirthdayWindow.holds(facts.customer().profile().birthday(), facts.day(), days);
        }

        public LocalDate nextFlip(CustomerFacts facts) {
            return BirthdayWindow.nextFlip(facts.customer().profile().birthday(), facts.day(), days);
        }
    }

    record GenderIs(Gender gender) implements Condition {
        public boolean holds(CustomerFacts facts) {
            return gender == facts.customer().profile().gender();
        }

        /** Changes only by events (a sale, an edit of the card, the segments job), never by time. */
        public LocalDate nextFlip(CustomerFacts facts) {
            return null;
        }
    }

    /** Whether the shop may use the channel now ({@code given}) or may not. */
    record ConsentTo(Channel channel, boolean given) implements Condition {
        public boolean holds(CustomerFacts facts) {
            Contacts contacts = Contacts.of(facts.customer());
            Boolean consent = channel == Channel.SMS ? contacts.consentSms() : contacts.consentEmail();
            return Boolean.TRUE.equals(consent) == given;
        }

        /** Changes only by events (a sale, an edit of the card, the segments job), never by time. */
        public LocalDate nextFlip(CustomerFacts facts) {
            return null;
        }
    }

    record BonusBalance(Comparison op, BigDecimal amount) implements Condition {
        public boolean holds(CustomerFacts facts) {
            return holdsAt(facts.customer().bonuses(), facts.now());
        }

        public LocalDate nextFlip(CustomerFacts facts) {
            BonusLedger ledger = facts.customer().bonuses();
            boolean now = holdsAt(ledger, facts.now());
            TreeSet<Instant> changes = new TreeSet<>();
            for (BonusGrant grant : ledger.grants()) {
                if (ledger.remaining(grant).signum() > 0) {
                    changes.add(grant.validFrom());
                    changes.add(grant.validUntil().plusNanos(1));
                }
            }
            for (Instant change : changes.tailSet(facts.now(), false)) {
                if (holdsAt(ledger, change) != now) {
                    // The facts know the shop's day of now, not its zone: that day plus the whole days until the
                    // change is the earliest day the change can fall on (a day early at worst, never late).
                    long days = Duration.between(facts.now(), change).toDays();
                    return facts.day().plusDays(Math.max(1, days));
                }
            }
            return null;
        }

        private boolean holdsAt(BonusLedger ledger, Instant at) {
            return op.test(ledger.balance(at).compareTo(amount));
        }
    }

    /** A custom property compared with a value of its own type; a customer without the property fails. */
    record Property(String name, Comparison op, CustomProperty value) implements Condition {
        public Property {
            if (name == null || op == null || value == null || value.value() == null) {
                throw new IllegalArgumentException("a property condition has a name, a comparison and a value");
            }
            if (!PropertyOrder.allows(value, op)) {
                throw new IllegalArgumentException("a " + value.typeName() + " property is compared only with "
                        + PropertyOrder.comparisonsOf(value));
            }
        }

        public boolean holds(CustomerFacts facts) {
            CustomProperty own = facts.customer().properties().get(name);
            if (own == null || own.getClass() != value.getClass()) {
                return false;
            }
            return op.test(PropertyOrder.compare(own, value));
        }

        /** Changes only by events (a sale, an edit of the card, the segments job), never by time. */
        public LocalDate nextFlip(CustomerFacts facts) {
            return null;
        }
    }

    /** The customer is a member of another segment (dynamic or static). */
    record InSegment(String segmentId) implements Condition {
        public boolean holds(CustomerFacts facts) {
            return facts.memberOf().contains(segmentId);
        }

        /** Null: the named segment's own flips are among those of every segment that the evaluation takes the least of. */
        public LocalDate nextFlip(CustomerFacts facts) {
            return null;
        }
    }
}
