package io.winback.segment;

import io.winback.chain.Channel;
import io.winback.domain.AbcClass;
import io.winback.domain.CustomProperty;
import io.winback.domain.Gender;
import io.winback.domain.PurchaseBand;
import io.winback.domain.Standing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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

    /** Every condition holds (an empty list holds). */
    record All(List<Condition> conditions) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    /** At least one condition holds (an empty list does not). */
    record Any(List<Condition> conditions) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    /** Days since the last visit day; a customer who never bought has no such figure and fails. */
    record DaysSinceLastPurchase(Comparison op, int days) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    record Purchases(Comparison op, int count) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    /** Net spent (purchases minus refunds). */
    record Spent(Comparison op, BigDecimal amount) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    record AverageCheck(Comparison op, BigDecimal amount) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    record BandIn(Set<PurchaseBand> bands) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    /** RFM codes as marketers write them ({@code 555}), {@code ?} standing for any score at its place. */
    record RfmIn(Set<String> codes) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    record AbcIn(Set<AbcClass> classes) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    record StandingIn(Set<Standing> standings) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    /**
     * Bought the group or SKU within the last {@code withinDays} days (today and the {@code withinDays} days before),
     * or between {@code from} and {@code to} inclusive: exactly one of the two is given.
     */
    record Bought(ItemRef item, Integer withinDays, LocalDate from, LocalDate to) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    /** The store the customer buys at most often is one of these. */
    record StoreIn(Set<String> stores) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    /** The next birthday falls today or within the following {@code days} days. */
    record BirthdayWithinDays(int days) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    record GenderIs(Gender gender) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    /** Whether the shop may use the channel now ({@code given}) or may not. */
    record ConsentTo(Channel channel, boolean given) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    record BonusBalance(Comparison op, BigDecimal amount) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    /** A custom property compared with a value of its own type; a customer without the property fails. */
    record Property(String name, Comparison op, CustomProperty value) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }

    /** The customer is a member of another segment (dynamic or static). */
    record InSegment(String segmentId) implements Condition {
        public boolean holds(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
        public LocalDate nextFlip(CustomerFacts facts) { throw new UnsupportedOperationException("TODO"); }
    }
}
