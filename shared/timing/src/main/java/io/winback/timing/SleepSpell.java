package io.winback.timing;

import io.winback.sleep.BgNbd;
import io.winback.sleep.PurchaseHistory;

/**
 * One customer's silent stretch in one past period (from the period's start or a purchase in it, to the period's end
 * or the next purchase: a customer who buys mid-period has two), as the thresholds for which the model puts their sleep day inside
 * it: exactly those in ({@code above}, {@code atMost}]. Below it they fell asleep earlier; above it, later or never in
 * this stretch (they bought, or the period ended, first).
 */
public record SleepSpell(double above, double atMost) {
    public SleepSpell {
        if (!(above >= 0 && atMost <= 1 && above <= atMost)) {
            throw new IllegalArgumentException("need 0 <= above <= atMost <= 1, was (" + above + ", " + atMost + "]");
        }
    }

    /**
     * The spell of a customer with history {@code h} who is silent from {@code fromDay} to just before {@code untilDay}
     * (days since the last purchase: the period's start and the earlier of its end and the next purchase). The sleep
     * day d* (first d with P(no purchase in the window) ≥ θ) is in [fromDay, untilDay) iff the chance one day before
     * fromDay is below θ and the one on untilDay - 1 reaches it.
     */
    public static SleepSpell of(BgNbd model, PurchaseHistory h, double window, int fromDay, int untilDay) {
        if (fromDay < 0 || untilDay <= fromDay) {
            throw new IllegalArgumentException("need 0 <= fromDay < untilDay, was " + fromDay + ", " + untilDay);
        }
        double above = fromDay == 0 ? 0 : model.pNoPurchase(h.withSilence(fromDay - 1), window);
        return new SleepSpell(above, model.pNoPurchase(h.withSilence(untilDay - 1), window));
    }

    boolean asleepWithin(double threshold) {
        return above < threshold && threshold <= atMost;
    }
}
