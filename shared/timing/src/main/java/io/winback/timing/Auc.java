package io.winback.timing;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The area under the ROC curve of scores against outcomes: the chance that a customer with the outcome (say, lapsed)
 * scores above one without it, a tie counting half (the Mann–Whitney U over the two counts). Empty when one of the two
 * groups is: there is nothing to rank. O(n log n): both groups' scores are sorted and walked side by side.
 */
public final class Auc {
    private Auc() {
    }

    public static OptionalDouble of(double[] scores, boolean[] outcomes) {
        if (scores.length != outcomes.length) {
            throw new IllegalArgumentException(scores.length + " scores for " + outcomes.length + " outcomes");
        }
        int positives = 0;
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN");
            }
            positives += outcomes[i] ? 1 : 0;
        }
        double[] withOutcome = new double[positives];
        double[] without = new double[scores.length - positives];
        for (int i = 0, p = 0, n = 0; i < scores.length; i++) {
            if (outcomes[i]) {
                withOutcome[p++] = scores[i];
            } else {
                without[n++] = scores[i];
            }
        }
        if (withOutcome.length == 0 || without.length == 0) {
            return OptionalDouble.empty();
        }
        Arrays.sort(withOutcome);
        Arrays.sort(without);
        double u = 0;
        int below = 0; // scores in `without` strictly below the current score
        int upTo = 0; // scores in `without` at or below it
        for (double score : withOutcome) {
            while (below < without.length && without[below] < score) {
                below++;
            }
            while (upTo < without.length && without[upTo] <= score) {
                upTo++;
            }
            u += below + (upTo - below) / 2.0;
        }
        return OptionalDouble.of(u / ((double) withOutcome.length * without.length));
    }
}
