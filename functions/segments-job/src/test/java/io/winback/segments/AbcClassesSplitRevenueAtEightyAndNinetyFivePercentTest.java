package io.winback.segments;

import io.winback.domain.AbcClass;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import static io.winback.domain.AbcClass.A;
import static io.winback.domain.AbcClass.B;
import static io.winback.domain.AbcClass.C;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A: those who spent more made < 80 % of revenue; B: < 95 %; C: the rest. Worked by hand. */
class AbcClassesSplitRevenueAtEightyAndNinetyFivePercentTest {

    @Test
    void exactlyEightyAndFifteenAndFivePercent() {
        // Revenue 100: 50 (0 before → A), 30 (50 → A), 10 (80, not < 80 → B), 5 (90 → B), 3 (95, not < 95 → C), 2 (98 → C).
        AbcThresholds t = thresholds(50, 30, 10, 5, 3, 2);
        assertEquals(List.of(A, A, B, B, C, C), classes(t, 50, 30, 10, 5, 3, 2));
        assertEquals(new AbcThresholds(30L, 5L), t);
    }

    @Test
    void theCustomerWhoCrossesEightyPercentIsStillA() {
        // Revenue 100: 70 (A), 20 (70 before → A: together 90 %), 6 (90 → B), 4 (96 → C).
        assertEquals(List.of(A, A, B, C), classes(thresholds(70, 20, 6, 4), 70, 20, 6, 4));
    }

    @Test
    void customersWhoSpentTheSameShareAClassEvenAcrossTheBoundary() {
        // Revenue 100: 40, then three of 20. Before the first 20: 40 → A, so all three 20s are A (the tie goes to
        // where its first member stands), though A then makes 100 %.
        assertEquals(List.of(A, A), classes(thresholds(40, 20, 20, 20), 40, 20));
    }

    @Test
    void nothingSpentOrMoreRefundedThanBoughtIsCAndDoesNotCountInTheRevenue() {
        // Positive revenue 100 from one customer: A. Zero and minus five are C and do not lower the revenue.
        AbcThresholds t = thresholds(100, 0, -5);
        assertEquals(List.of(A, C, C), classes(t, 100, 0, -5));
        assertEquals(new AbcThresholds(null, null), thresholds(0, -5));
        assertEquals(C, new AbcThresholds(null, null).classOf(1_000));
    }

    private static AbcThresholds thresholds(long... spent) {
        TreeMap<Long, BigDecimal> revenue = new TreeMap<>();
        for (long s : spent) {
            revenue.merge(s, BigDecimal.valueOf(s), BigDecimal::add);
        }
        return AbcThresholds.of(revenue);
    }

    private static List<AbcClass> classes(AbcThresholds t, long... buckets) {
        return Arrays.stream(buckets).mapToObj(t::classOf).toList();
    }
}
