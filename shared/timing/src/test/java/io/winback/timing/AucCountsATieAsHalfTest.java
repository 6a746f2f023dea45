package io.winback.timing;

import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The AUC against small cases worked by hand, and against counting every pair on a larger one. */
class AucCountsATieAsHalfTest {
    @Test
    void scoresThatPutEveryLapserFirstGiveOne() {
        assertEquals(1.0, Auc.of(new double[] {0.9, 0.8, 0.2, 0.1}, new boolean[] {true, true, false, false})
                .orElseThrow());
    }

    @Test
    void scoresThatPutEveryLapserLastGiveZero() {
        assertEquals(0.0, Auc.of(new double[] {0.1, 0.2, 0.8}, new boolean[] {true, true, false}).orElseThrow());
    }

    @Test
    void aTiedPairCountsHalf() {
        // Pairs (lapser, stayer): (0.5, 0.5) tie = 1/2, (0.5, 0.2) = 1, (0.7, 0.5) = 1, (0.7, 0.2) = 1: 3.5 of 4.
        assertEquals(0.875, Auc.of(new double[] {0.5, 0.7, 0.5, 0.2}, new boolean[] {true, true, false, false})
                .orElseThrow());
        // Everyone tied: every pair half.
        assertEquals(0.5, Auc.of(new double[] {3, 3, 3, 3, 3}, new boolean[] {true, false, false, true, false})
                .orElseThrow());
    }

    @Test
    void oneLapserAmongThreeStayersRanksBySecondPlace() {
        // The lapser (0.6) beats 0.1 and 0.4, ties nobody, loses to 0.9: 2 of 3.
        assertEquals(2.0 / 3, Auc.of(new double[] {0.9, 0.6, 0.4, 0.1}, new boolean[] {false, true, false, false})
                .orElseThrow(), 1e-15);
    }

    @Test
    void withoutLapsersOrWithoutStayersThereIsNothingToRank() {
        assertEquals(OptionalDouble.empty(), Auc.of(new double[] {0.1, 0.2}, new boolean[] {true, true}));
        assertEquals(OptionalDouble.empty(), Auc.of(new double[0], new boolean[0]));
        assertThrows(IllegalArgumentException.class, () -> Auc.of(new double[] {1}, new boolean[] {true, false}));
    }

    @Test
    void itEqualsCountingEveryPairOnAThousandScoresWithManyTies() {
        Random random = new Random(1);
        double[] scores = new double[1000];
        boolean[] outcomes = new boolean[1000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(20);
            outcomes[i] = random.nextDouble() < 0.2 + scores[i] / 40;
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (outcomes[i] && !outcomes[j]) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(wins / pairs, Auc.of(scores, outcomes).orElseThrow(), 1e-12);
    }
}
