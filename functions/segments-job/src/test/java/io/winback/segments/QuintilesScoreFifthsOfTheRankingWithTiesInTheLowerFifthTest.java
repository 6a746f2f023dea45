package io.winback.segments;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Score = 1 + ⌊5 × (customers strictly below) / all⌋, worked by hand on small rankings. */
class QuintilesScoreFifthsOfTheRankingWithTiesInTheLowerFifthTest {

    @Test
    void tenDistinctValuesScoreTwoCustomersPerFifth() {
        Quintiles q = Quintiles.of(histogram(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertEquals(List.of(1, 1, 2, 2, 3, 3, 4, 4, 5, 5), scores(q, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertEquals(Map.of(2, 3L, 3, 5L, 4, 7L, 5, 9L), q.cutPoints());
    }

    @Test
    void sixOneTimeBuyersAllScoreOneAndTheTieAboveThemScoresWhereItsFirstMemberStands() {
        // Purchases of ten customers: six bought once (below: 0 → 1), two twice (below: 6 → 1 + ⌊30/10⌋ = 4),
        // one three times (below: 8 → 5), one five times (below: 9 → 1 + ⌊45/10⌋ = 5). Nobody scores 2 or 3.
        Quintiles q = Quintiles.of(histogram(1, 1, 1, 1, 1, 1, 2, 2, 3, 5));
        assertEquals(List.of(1, 4, 5, 5), scores(q, 1, 2, 3, 5));
        assertEquals(Arrays.asList(2L, 2L, 2L, 3L), q.from());
        // A value between the ranked ones (a customer who bought after the first scan) scores by the cut points.
        assertEquals(5, q.scoreOf(4));
        assertEquals(5, q.scoreOf(40));
        assertEquals(1, q.scoreOf(0));
    }

    @Test
    void aTieAtTheCutPointScoresTheLowerFifthForAllItsMembers() {
        // Seven customers: 10, 20, 20, 20, 30, 40, 50. The 20s start at rank 1 of 7: 1 + ⌊5/7⌋ = 1, all three.
        // 30 has 4 below: 1 + ⌊20/7⌋ = 3; 40: 1 + ⌊25/7⌋ = 4; 50: 1 + ⌊30/7⌋ = 5.
        Quintiles q = Quintiles.of(histogram(10, 20, 20, 20, 30, 40, 50));
        assertEquals(List.of(1, 1, 3, 4, 5), scores(q, 10, 20, 30, 40, 50));
    }

    @Test
    void oneCustomerAloneScoresOneAndNobodyAtAllScoresOne() {
        assertEquals(1, Quintiles.of(histogram(7)).scoreOf(7));
        assertEquals(Map.of(), Quintiles.of(histogram(7)).cutPoints());
        assertEquals(1, Quintiles.NOBODY.scoreOf(100));
    }

    @Test
    void recencyRanksFewerDaysSinceTheLastVisitHigher() {
        // Days since the last visit 1, 10, 30, 60, 90 → values −1 … −90: the most recent scores 5.
        Quintiles q = Quintiles.of(histogram(-1, -10, -30, -60, -90));
        assertEquals(List.of(5, 4, 3, 2, 1), scores(q, -1, -10, -30, -60, -90));
    }

    private static TreeMap<Long, Long> histogram(long... values) {
        TreeMap<Long, Long> h = new TreeMap<>();
        for (long v : values) {
            h.merge(v, 1L, Long::sum);
        }
        return h;
    }

    private static List<Integer> scores(Quintiles q, long... values) {
        return Arrays.stream(values).mapToObj(q::scoreOf).toList();
    }
}
