package io.winback.sleep;

import java.util.OptionalInt;

/**
 * The BG/NBD model of when customers buy (Fader, Hardie and Lee 2005, "Counting your customers the easy way"). While
 * alive, a customer buys as a Poisson process of rate λ; after each purchase they drop out for good with chance p.
 * Across the shop λ ~ Gamma(shape r, rate α) and p ~ Beta(a, b). α is in the history's time unit (it scales with it:
 * see {@link #inUnit}); r, a and b have none. Closed forms only, so the core scores and times customers without a
 * numerical library; the fit and the likelihood live with the timing job (winback-timing).
 */
public record BgNbd(double r, double alpha, double a, double b) {
    public BgNbd {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || Double.isInfinite(r + alpha + a + b)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive and finite: r=" + r + ", alpha="
                    + alpha + ", a=" + a + ", b=" + b);
        }
    }

    /**
     * P(alive at T | x, t_x, T) = 1 / (1 + [x > 0] a/(b+x-1) · ((α+T)/(α+t_x))^(r+x)). A customer who never came back
     * cannot have dropped out (in BG/NBD one drops out only right after a purchase), hence 1 for x = 0.
     */
    public double pAlive(PurchaseHistory h) {
        int x = h.repeatPurchases();
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a / (b + x - 1))
                + (r + x) * Math.log1p((h.age() - h.lastAt()) / (alpha + h.lastAt()));
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * P(no purchase in (T, T + window] | x, t_x, T) = (1 - P(alive)) + P(alive) · ((α+T)/(α+T+window))^(r+x).
     *
     * <p>Why: a customer dead at T never buys again. One alive at T stays alive until their next purchase (dropping out
     * happens only right after a purchase), so they are silent through the window exactly when their next Poisson
     * arrival comes after it: e^(-λ·window). Given alive, λ's posterior is Gamma(r+x, α+T) (the Poisson likelihood
     * λ^x e^(-λT) times the prior; p does not involve λ), and E[e^(-λw)] under Gamma(k, β) is (β/(β+w))^k.
     */
    public double pNoPurchase(PurchaseHistory h, double window) {
        if (!(window >= 0)) {
            throw new IllegalArgumentException("window must be 0 or more, was " + window);
        }
        double buysWithinIfAlive = -Math.expm1(-(r + h.repeatPurchases()) * Math.log1p(window / (alpha + h.age())));
        return 1 - pAlive(h) * buysWithinIfAlive;
    }

    /**
     * E[purchases in (T, T + t] | x, t_x, T], eq. 10 of the paper: (a+b+x-1)/(a-1) · [1 - ((α+T)/(α+T+t))^(r+x) ·
     * 2F1(r+x, b+x; a+b+x-1; t/(α+T+t))] · P(alive). At a = 1 the fraction is 0/0; its limit is taken as the mean of
     * the two sides a hair away.
     */
    public double expectedPurchases(PurchaseHistory h, double t) {
        if (!(t >= 0)) {
            throw new IllegalArgumentException("t must be 0 or more, was " + t);
        }
        if (Math.abs(a - 1) < 1e-6) {
            return (new BgNbd(r, alpha, 1 - 1e-6, b).expectedPurchases(h, t)
                    + new BgNbd(r, alpha, 1 + 1e-6, b).expectedPurchases(h, t)) / 2;
        }
        int x = h.repeatPurchases();
        double scaled = Hypergeometric.scaled(r + x, b + x, a + b + x - 1, t / (alpha + h.age() + t));
        return (a + b + x - 1) / (a - 1) * (1 - scaled) * pAlive(h);
    }

    /**
     * The sleep day: the first whole number of time units after the last purchase on which a customer still silent
     * has a chance of at least {@code threshold} of buying nothing in the next {@code window}; empty if that does not
     * happen by {@code maxDays}. Silence only raises that chance (P(alive) falls and, given alive, the posterior rate
     * falls too), so the days are bisected.
     */
    public OptionalInt sleepDay(PurchaseHistory h, double threshold, double window, int maxDays) {
        if (maxDays < 0) {
            throw new IllegalArgumentException("maxDays must be 0 or more, was " + maxDays);
        }
        if (pNoPurchase(h.withSilence(maxDays), window) < threshold) {
            return OptionalInt.empty();
        }
        int asleep = maxDays;
        int awake = -1; // the last day known to be below the threshold
        while (asleep - awake > 1) {
            int mid = (asleep + awake) >>> 1;
            if (pNoPurchase(h.withSilence(mid), window) >= threshold) {
                asleep = mid;
            } else {
                awake = mid;
            }
        }
        return OptionalInt.of(asleep);
    }

    /** The same shop in a time unit {@code factor} times smaller (weeks to days: 7): λ scales, so α does. */
    public BgNbd inUnit(double factor) {
        return new BgNbd(r, alpha * factor, a, b);
    }
}
