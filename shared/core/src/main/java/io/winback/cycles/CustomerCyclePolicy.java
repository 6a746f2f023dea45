package io.winback.cycles;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A customer's own cycle for a group: their own intervals, shrunk toward the group's cycle by how much they say
 * (credibility weighting): {@code (n × own + k × group) / (n + k)}, with {@code own} the median of their {@code n}
 * intervals and {@code k} the weight of the group's cycle counted in the customer's intervals.
 *
 * <p>Why {@code k = }{@link #PRIOR_INTERVALS}{@code  × regularity}. The group's cycle counts as three intervals of a
 * customer whose intervals wobble as an ordinary shopper's do (a quarter of their median either way,
 * {@link #ORDINARY_SPREAD}): one such interval moves the cycle a quarter of the way to it, ten take it 77 % of the way
 * (they dominate). A customer whose own intervals agree with each other has shown a rhythm of their own, and a
 * household with two dogs is not an average household: the weight of the group falls with the spread of the
 * customer's intervals relative to the ordinary one, down to {@link #MOST_REGULAR} of it, so four intervals of exactly
 * 30 days against a group's 60 give 31 days. One interval shows no spread, so it counts as ordinary.
 */
public record CustomerCyclePolicy(BigDecimal priorIntervals, BigDecimal ordinarySpread, BigDecimal mostRegular) {
    public static final BigDecimal PRIOR_INTERVALS = new BigDecimal("3");
    public static final BigDecimal ORDINARY_SPREAD = new BigDecimal("0.25");
    public static final BigDecimal MOST_REGULAR = new BigDecimal("0.05");
    public static final CustomerCyclePolicy DEFAULT = new CustomerCyclePolicy(PRIOR_INTERVALS, ORDINARY_SPREAD,
            MOST_REGULAR);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** The customer's cycle in days (two decimals); the group's when the customer has no interval of their own. */
    public BigDecimal cycleDays(List<Integer> ownIntervals, BigDecimal groupCycleDays) {
        if (ownIntervals.isEmpty()) {
            return groupCycleDays.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal n = BigDecimal.valueOf(ownIntervals.size());
        BigDecimal own = BigDecimal.valueOf(median(ownIntervals));
        BigDecimal k = priorIntervals.multiply(regularity(ownIntervals, own));
        return n.multiply(own).add(k.multiply(groupCycleDays)).divide(n.add(k), PRECISION)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * How irregular the customer's own intervals are next to an ordinary shopper's: the mean absolute deviation from
     * their median, relative to it, over {@link #ordinarySpread}, between {@link #mostRegular} and 1.
     */
    BigDecimal regularity(List<Integer> ownIntervals, BigDecimal own) {
        if (ownIntervals.size() < 2 || own.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal deviation = BigDecimal.ZERO;
        for (int interval : ownIntervals) {
            deviation = deviation.add(BigDecimal.valueOf(interval).subtract(own).abs());
        }
        BigDecimal relative = deviation.divide(BigDecimal.valueOf(ownIntervals.size()), PRECISION)
                .divide(own, PRECISION);
        BigDecimal ratio = relative.divide(ordinarySpread, PRECISION);
        return ratio.max(mostRegular).min(BigDecimal.ONE);
    }

    /** The median, the two middle values averaged when the count is even. */
    static double median(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
