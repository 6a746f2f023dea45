package io.winback.domain;

/**
 * VIP card holders are VIP whatever they bought; everyone else by number of purchases:
 * below {@code fewFrom} is "1", below {@code manyFrom} is "2-3", the rest "4+".
 * A customer who only returned goods has no segment.
 */
public record PurchaseBandPolicy(int fewFrom, int manyFrom) {
    public static final PurchaseBandPolicy DEFAULT = new PurchaseBandPolicy(2, 4);

    public PurchaseBandPolicy {
        if (fewFrom < 2 || manyFrom <= fewFrom) {
            throw new IllegalArgumentException("segment thresholds must satisfy 2 <= fewFrom < manyFrom, got "
                    + fewFrom + " and " + manyFrom);
        }
    }

    public PurchaseBand bandOf(int purchases, boolean vip) {
        if (vip) {
            return PurchaseBand.VIP;
        }
        if (purchases <= 0) {
            return null;
        }
        if (purchases < fewFrom) {
            return PurchaseBand.ONE;
        }
        return purchases < manyFrom ? PurchaseBand.FEW : PurchaseBand.MANY;
    }
}
