package io.winback.timing;

import io.winback.sleep.BgNbd;
import io.winback.sleep.PurchaseHistory;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.List;

/**
 * Customers living BG/NBD's story from known parameters, seeded: each draws a buying rate λ ~ Gamma(r, α) and a
 * drop-out chance p ~ Beta(a, b), buys first at time 0, then after exponential gaps of rate λ, and after each repeat
 * purchase drops out for good with chance p. Each is observed up to an age T, and followed after it to a horizon.
 */
final class SimulatedShop {
    /** One customer: the history at T, whether still alive at T, and the purchase times after T (up to the horizon). */
    record Customer(PurchaseHistory atAge, boolean aliveAtAge, double[] laterPurchases) {
        int purchasesWithin(double window) {
            int n = 0;
            for (double t : laterPurchases) {
                n += t <= atAge.age() + window ? 1 : 0;
            }
            return n;
        }
    }

    private final BgNbd truth;
    private final RandomGenerator random;
    private final GammaDistribution rates;
    private final BetaDistribution dropOuts;

    SimulatedShop(BgNbd truth, long seed) {
        this.truth = truth;
        this.random = new Well19937c(seed);
        this.rates = new GammaDistribution(random, truth.r(), 1 / truth.alpha());
        this.dropOuts = new BetaDistribution(random, truth.a(), truth.b());
    }

    /** {@code n} customers of ages uniform in [minAge, maxAge], followed {@code after} time units past their age. */
    List<Customer> customers(int n, double minAge, double maxAge, double after) {
        List<Customer> customers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            customers.add(customer(minAge + (maxAge - minAge) * random.nextDouble(), after));
        }
        return customers;
    }

    Customer customer(double age, double after) {
        double lambda = rates.sample();
        double p = dropOuts.sample();
        int x = 0;
        double last = 0;
        boolean alive = true;
        double diedAt = Double.POSITIVE_INFINITY;
        List<Double> later = new ArrayList<>();
        double t = 0;
        while (alive) {
            t += -Math.log(1 - random.nextDouble()) / lambda;
            if (t > age + after) {
                break;
            }
            if (t <= age) {
                x++;
                last = t;
            } else {
                later.add(t);
            }
            if (random.nextDouble() < p) {
                alive = false;
                diedAt = t;
            }
        }
        return new Customer(new PurchaseHistory(x, last, age), diedAt > age,
                later.stream().mapToDouble(Double::doubleValue).toArray());
    }

    BgNbd truth() {
        return truth;
    }
}
