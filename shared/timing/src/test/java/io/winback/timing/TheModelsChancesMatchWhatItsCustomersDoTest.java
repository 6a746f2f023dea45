package io.winback.timing;

import io.winback.sleep.BgNbd;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * P(alive), P(no purchase in the next window) and the expected purchases are conditional on each customer's history,
 * so among simulated customers with similar predictions, the share alive, the share silent through the window and
 * the mean number of purchases must match the mean prediction: checked in ten bins of the prediction, each within 4
 * standard errors of its own (binomial, or the counts' spread). A formula that forgets the dead (silence = Poisson
 * silence only) fails the same check, so the check can tell.
 */
class TheModelsChancesMatchWhatItsCustomersDoTest {
    private static final BgNbd SHOP = new BgNbd(0.243, 4.414, 0.793, 2.426); // CDNOW, in weeks
    private static final double WINDOW = 13;
    private static List<SimulatedShop.Customer> customers;

    @BeforeAll
    static void simulate() {
        customers = new SimulatedShop(SHOP, 2005).customers(200_000, 1, 78, WINDOW);
    }

    @Test
    void theShareStillAliveIsThePredictedChanceOfBeingAlive() {
        List<String> misses = misses(c -> SHOP.pAlive(c.atAge()), c -> c.aliveAtAge() ? 1 : 0, true);
        assertEquals(List.of(), misses);
    }

    @Test
    void theShareSilentThroughTheWindowIsThePredictedChanceOfNoPurchase() {
        List<String> misses = misses(c -> SHOP.pNoPurchase(c.atAge(), WINDOW),
                c -> c.purchasesWithin(WINDOW) == 0 ? 1 : 0, true);
        assertEquals(List.of(), misses);
    }

    @Test
    void aChanceOfSilenceThatForgetsTheDeadIsCaughtByTheSameCheck() {
        List<String> misses = misses(c -> Math.pow((SHOP.alpha() + c.atAge().age())
                        / (SHOP.alpha() + c.atAge().age() + WINDOW), SHOP.r() + c.atAge().repeatPurchases()),
                c -> c.purchasesWithin(WINDOW) == 0 ? 1 : 0, true);
        assertFalse(misses.isEmpty());
    }

    @Test
    void theMeanNumberOfPurchasesIsTheExpectedNumber() {
        List<String> misses = misses(c -> SHOP.expectedPurchases(c.atAge(), WINDOW), c -> c.purchasesWithin(WINDOW),
                false);
        assertEquals(List.of(), misses);
    }

    /** The bins (by deciles of the prediction) whose mean outcome is more than 4 standard errors from the prediction. */
    private static List<String> misses(ToDoubleFunction<SimulatedShop.Customer> predicted,
                                       ToDoubleFunction<SimulatedShop.Customer> outcome, boolean binary) {
        int size = customers.size();
        double[][] pairs = new double[size][]; // {predicted, outcome}, each computed once, sorted by the prediction
        for (int i = 0; i < size; i++) {
            pairs[i] = new double[] {predicted.applyAsDouble(customers.get(i)), outcome.applyAsDouble(customers.get(i))};
        }
        Arrays.sort(pairs, Comparator.comparingDouble(pair -> pair[0]));
        List<String> misses = new ArrayList<>();
        int bins = 10;
        for (int k = 0; k < bins; k++) {
            double[][] bin = Arrays.copyOfRange(pairs, k * size / bins, (k + 1) * size / bins);
            double n = bin.length;
            double meanPredicted = Arrays.stream(bin).mapToDouble(pair -> pair[0]).sum() / n;
            double meanOutcome = Arrays.stream(bin).mapToDouble(pair -> pair[1]).sum() / n;
            double variance = Arrays.stream(bin).mapToDouble(pair -> binary ? pair[0] * (1 - pair[0])
                    : (pair[1] - meanOutcome) * (pair[1] - meanOutcome)).sum() / n;
            double error = Math.sqrt(variance / n) + 1e-9;
            if (Math.abs(meanOutcome - meanPredicted) > 4 * error) {
                misses.add("bin " + k + ": predicted " + meanPredicted + ", observed " + meanOutcome + " ± " + error);
            }
        }
        return misses;
    }
}
