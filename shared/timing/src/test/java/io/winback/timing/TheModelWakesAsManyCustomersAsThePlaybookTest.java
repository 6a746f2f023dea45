package io.winback.timing;

import io.winback.sleep.BgNbd;
import io.winback.sleep.PurchaseHistory;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The threshold is chosen so that, over the same past months, the model puts as many customers to sleep as the
 * playbook (66 / 80 / 90 days after the last purchase for one / two or three / four or more purchases) did.
 */
class TheModelWakesAsManyCustomersAsThePlaybookTest {
    private static final BgNbd SHOP = new BgNbd(0.243, 4.414, 0.793, 2.426).inUnit(7);
    private static final double WINDOW = 90;

    @Test
    void threeSpellsWorkedByHand() {
        List<SleepSpell> spells = List.of(new SleepSpell(0, 0.5), new SleepSpell(0.3, 0.7), new SleepSpell(0.6, 0.9));
        // asleep: 1 on (0, 0.3], 2 on (0.3, 0.5], 1 on (0.5, 0.6], 2 on (0.6, 0.7], 1 on (0.7, 0.9], 0 above;
        // the last peak starts just above 0.6, and the answer is sought from there up
        assertEquals(new VolumeThreshold.Choice(Math.nextUp(0.6), 2), VolumeThreshold.matching(spells, 2));
        assertEquals(new VolumeThreshold.Choice(Math.nextUp(0.6), 2), VolumeThreshold.matching(spells, 5));
        assertEquals(new VolumeThreshold.Choice(Math.nextUp(0.7), 1), VolumeThreshold.matching(spells, 1.2));
        assertEquals(new VolumeThreshold.Choice(Math.nextUp(0.9), 0), VolumeThreshold.matching(spells, 0));
    }

    @Test
    void noHigherThresholdComesCloserToTheTargetThanTheOneChosen() {
        Random random = new Random(5);
        List<SleepSpell> spells = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            double u = random.nextDouble();
            double v = random.nextDouble();
            spells.add(new SleepSpell(Math.min(u, v), Math.max(u, v)));
        }
        for (double target : new double[] {0, 40, 120, 170, 400}) {
            VolumeThreshold.Choice choice = VolumeThreshold.matching(spells, target);
            assertEquals(choice.asleep(), spells.stream().filter(s -> s.asleepWithin(choice.threshold())).count());
            for (int k = 1; k <= 10_000; k++) {
                double threshold = k / 10_000.0;
                if (threshold < choice.threshold()) {
                    continue;
                }
                long asleep = spells.stream().filter(s -> s.asleepWithin(threshold)).count();
                assertTrue(Math.abs(asleep - target) >= Math.abs(choice.asleep() - target),
                        threshold + " puts " + asleep + " to sleep, nearer " + target + " than " + choice);
            }
        }
    }

    @Test
    void overSixPastMonthsTheModelPutsThePlaybooksNumberToSleep() {
        List<SleepSpell> spells = new ArrayList<>();
        long playbook = 0;
        List<SimulatedShop.Customer> customers = new SimulatedShop(SHOP, 9).customers(5_000, 1, 365, 180);
        for (int month = 0; month < 6; month++) {
            for (SimulatedShop.Customer c : customers) {
                double start = c.atAge().age() + 30 * month;
                PurchaseHistory h = historyAt(c, start);
                int fromDay = (int) Math.ceil(start - h.lastAt());
                int untilDay = (int) Math.ceil(Math.min(start + 30, nextPurchaseAfter(c, start)) - h.lastAt());
                if (untilDay <= fromDay) {
                    continue;
                }
                spells.add(SleepSpell.of(SHOP, h, WINDOW, fromDay, untilDay));
                int playbookDay = h.repeatPurchases() == 0 ? 66 : h.repeatPurchases() <= 2 ? 80 : 90;
                playbook += playbookDay >= fromDay && playbookDay < untilDay ? 1 : 0;
            }
        }

        VolumeThreshold.Choice choice = VolumeThreshold.matching(spells, playbook);

        assertTrue(playbook > 500, "the playbook put " + playbook + " to sleep");
        assertEquals(playbook, choice.asleep(), playbook * 0.01, choice.toString());
        assertTrue(choice.threshold() > 0.5 && choice.threshold() < 1, choice.toString());
        VolumeThreshold.Choice halfTheBudget = VolumeThreshold.matching(spells, playbook / 2.0);
        assertTrue(halfTheBudget.threshold() > choice.threshold(), "half the volume needs a higher threshold: "
                + halfTheBudget + " vs " + choice);
    }

    /** The customer's history at {@code time}, counting their purchases after their observed age up to it. */
    private static PurchaseHistory historyAt(SimulatedShop.Customer c, double time) {
        int x = c.atAge().repeatPurchases();
        double last = c.atAge().lastAt();
        for (double t : c.laterPurchases()) {
            if (t <= time) {
                x++;
                last = t;
            }
        }
        return new PurchaseHistory(x, last, time);
    }

    private static double nextPurchaseAfter(SimulatedShop.Customer c, double time) {
        for (double t : c.laterPurchases()) {
            if (t > time) {
                return t;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
