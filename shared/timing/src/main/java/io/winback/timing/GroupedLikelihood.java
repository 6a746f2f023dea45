package io.winback.timing;

import io.winback.sleep.BgNbd;

/** The log-likelihood of all the customers in {@link HistoryGroups}: each distinct history's term times its count. */
final class GroupedLikelihood {
    private GroupedLikelihood() {
    }

    static double of(BgNbd model, HistoryGroups groups) {
        double total = 0;
        LikelihoodTerms terms = null;
        for (int i = 0; i < groups.size(); i++) {
            int x = groups.repeatPurchases()[i];
            if (terms == null || terms.x() != x) { // the groups are sorted by x: one set of terms per distinct x
                terms = LikelihoodTerms.of(model, x);
            }
            total += groups.count()[i] * terms.at(groups.lastAt()[i], groups.age()[i]);
        }
        return total;
    }
}
