package io.winback.timing;

import io.winback.sleep.CustomerVisitDays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A shop whose customers buy as BG/NBD says (rate λ ~ Gamma(r = 0.6, mean 1/40 a day); after each purchase they
 * leave for good with p ~ Beta(0.8, 2.5)), first buying on a day spread over the two years before {@code day}:
 * visit days as the cards would hold them on {@code day}.
 */
final class SyntheticShopVisits {
    private SyntheticShopVisits() {
    }

    static List<CustomerVisitDays> of(int customers, LocalDate day, long seed) {
        Random random = new Random(seed);
        int end = Math.toIntExact(day.toEpochDay());
        List<CustomerVisitDays> shop = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            double rate = gamma(random, 0.6) / (0.6 * 40);
            double p = beta(random, 0.8, 2.5);
            List<Integer> days = new ArrayList<>();
            double t = end - 730 + random.nextInt(700);
            while (t <= end) {
                days.add((int) t);
                if (random.nextDouble() < p) {
                    break;
                }
                t += -Math.log(1 - random.nextDouble()) / rate;
            }
            shop.add(new CustomerVisitDays("customer-" + i, days.stream().mapToInt(Integer::intValue).toArray(),
                    false));
        }
        return shop;
    }

    /** Gamma(shape k, scale 1) by Marsaglia and Tsang (boosted below shape 1). */
    private static double gamma(Random random, double k) {
        if (k < 1) {
            return gamma(random, k + 1) * Math.pow(random.nextDouble(), 1 / k);
        }
        double d = k - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = Math.pow(1 + c * z, 3);
            if (v > 0 && Math.log(random.nextDouble()) < z * z / 2 + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double beta(Random random, double a, double b) {
        double x = gamma(random, a);
        return x / (x + gamma(random, b));
    }
}
