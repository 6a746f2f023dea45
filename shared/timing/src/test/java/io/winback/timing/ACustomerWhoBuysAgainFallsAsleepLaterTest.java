package io.winback.timing;

import io.winback.sleep.BgNbd;
import io.winback.sleep.PurchaseHistory;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sleep day, in days after the last purchase, on the published CDNOW shop turned into days (α × 7), with the
 * issue's 90-day window.
 */
class ACustomerWhoBuysAgainFallsAsleepLaterTest {
    private static final BgNbd SHOP = new BgNbd(0.243, 4.414, 0.793, 2.426).inUnit(7);
    private static final double WINDOW = 90;
    private static final int MAX_DAYS = 3650;
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    @Test
    void theSleepDayIsTheFirstDayOnWhichTheChanceOfSilenceReachesTheThreshold() {
        for (PurchaseHistory h : customers()) {
            for (double threshold : THRESHOLDS) {
                int firstDay = -1;
                for (int d = 0; d <= MAX_DAYS && firstDay < 0; d++) {
                    if (SHOP.pNoPurchase(h.withSilence(d), WINDOW) >= threshold) {
                        firstDay = d;
                    }
                }
                OptionalInt sleepDay = SHOP.sleepDay(h, threshold, WINDOW, MAX_DAYS);
                assertEquals(firstDay < 0 ? OptionalInt.empty() : OptionalInt.of(firstDay), sleepDay, h + " at " + threshold);
            }
        }
    }

    @Test
    void aHigherThresholdNeverMakesACustomerSleepEarlier() {
        for (PurchaseHistory h : customers()) {
            int previous = -1;
            for (double threshold : THRESHOLDS) {
                int day = SHOP.sleepDay(h, threshold, WINDOW, MAX_DAYS).orElse(MAX_DAYS + 1);
                assertTrue(day >= previous, h + ": " + day + " at " + threshold + " after " + previous);
                previous = day;
            }
            assertTrue(previous > SHOP.sleepDay(h, 0.5, WINDOW, MAX_DAYS).orElseThrow(), h.toString());
        }
    }

    /**
     * A purchase no sooner than the model expected it (the mean gap of an alive customer's buying rate as of their last
     * purchase, (α + t_x)/(r + x)) leaves that rate no higher and makes the customer surely alive, so it moves the
     * sleep date later. One much sooner need not (next test): it tells the model the customer buys more often, so a
     * silence after it counts sooner.
     */
    @Test
    void aPurchaseNoSoonerThanTheModelExpectedMovesTheSleepDateLater() {
        for (PurchaseHistory h : customers()) {
            int ownPace = (int) Math.ceil((SHOP.alpha() + h.lastAt()) / (SHOP.r() + h.repeatPurchases()));
            for (double threshold : new double[] {0.7, 0.8, 0.9}) {
                int before = SHOP.sleepDay(h, threshold, WINDOW, MAX_DAYS).orElseThrow();
                for (int boughtOn = ownPace; boughtOn <= before; boughtOn++) {
                    int sleepDate = boughtOn + SHOP.sleepDay(boughtAgain(h, boughtOn), threshold, WINDOW, MAX_DAYS)
                            .orElseThrow();
                    assertTrue(sleepDate > before, h + " bought again on day " + boughtOn + ": asleep on day "
                            + sleepDate + " instead of " + before + " (threshold " + threshold + ")");
                }
            }
        }
    }

    @Test
    void aSecondPurchaseTheDayAfterTheFirstRepeatMakesTheFollowingSilenceCountSooner() {
        PurchaseHistory twoVisitsAMonthApart = new PurchaseHistory(1, 30, 30);
        int before = SHOP.sleepDay(twoVisitsAMonthApart, 0.9, WINDOW, MAX_DAYS).orElseThrow();
        int after = 1 + SHOP.sleepDay(boughtAgain(twoVisitsAMonthApart, 1), 0.9, WINDOW, MAX_DAYS).orElseThrow();
        assertTrue(after < before, "asleep on day " + after + " after the extra visit, " + before + " without it");
    }

    @Test
    void aRegularBuyerOnTheirFourthVisitSleepsLaterThanAfterTheirSecond() {
        // Bought on days 0 and 30; then the same customer after two more visits a month apart (days 60 and 90).
        int afterTwo = SHOP.sleepDay(new PurchaseHistory(1, 30, 30), 0.8, WINDOW, MAX_DAYS).orElseThrow();
        int afterFour = SHOP.sleepDay(new PurchaseHistory(3, 90, 90), 0.8, WINDOW, MAX_DAYS).orElseThrow();
        assertTrue(90 + afterFour > 30 + afterTwo + 60, "asleep on day " + (90 + afterFour) + " vs "
                + (30 + afterTwo));
    }

    private static PurchaseHistory boughtAgain(PurchaseHistory h, int daysAfterTheLast) {
        double on = h.lastAt() + daysAfterTheLast;
        return new PurchaseHistory(h.repeatPurchases() + 1, on, on);
    }

    private static List<PurchaseHistory> customers() {
        List<PurchaseHistory> customers = new ArrayList<>();
        customers.add(new PurchaseHistory(0, 0, 0));
        for (int x : new int[] {1, 2, 4, 8}) {
            for (double lastAt : new double[] {30, 120, 300}) {
                customers.add(new PurchaseHistory(x, lastAt, lastAt));
            }
        }
        return customers;
    }
}
