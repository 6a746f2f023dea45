package io.winback.timing;

import io.winback.sleep.PurchaseHistory;

import java.util.Collection;
import java.util.Comparator;
import java.util.TreeMap;

/**
 * Customers with the same (x, t_x, T) share one likelihood term, so the fit sums over the distinct histories with
 * their counts: in days, a shop's customers fall into far fewer distinct histories than there are customers. The
 * groups are sorted (by x, then t_x, then T), so the sum is added up in one order whatever the input order: the same
 * customers give bit-identical likelihoods and therefore bit-identical parameters.
 */
record HistoryGroups(int[] repeatPurchases, double[] lastAt, double[] age, double[] count) {
    private static final Comparator<PurchaseHistory> ORDER = Comparator.comparingInt(PurchaseHistory::repeatPurchases)
            .thenComparingDouble(PurchaseHistory::lastAt).thenComparingDouble(PurchaseHistory::age);

    static HistoryGroups of(Collection<PurchaseHistory> histories) {
        TreeMap<PurchaseHistory, Integer> counts = new TreeMap<>(ORDER);
        for (PurchaseHistory h : histories) {
            counts.merge(h, 1, Integer::sum);
        }
        int n = counts.size();
        int[] x = new int[n];
        double[] lastAt = new double[n];
        double[] age = new double[n];
        double[] count = new double[n];
        int i = 0;
        for (var group : counts.entrySet()) {
            PurchaseHistory h = group.getKey();
            x[i] = h.repeatPurchases();
            lastAt[i] = h.lastAt();
            age[i] = h.age();
            count[i] = group.getValue();
            i++;
        }
        return new HistoryGroups(x, lastAt, age, count);
    }

    int size() {
        return count.length;
    }

    double meanAge() {
        double sum = 0;
        double customers = 0;
        for (int i = 0; i < size(); i++) {
            sum += age[i] * count[i];
            customers += count[i];
        }
        return sum / customers;
    }
}
