package io.winback.report;

import io.winback.money.Money;

/**
 * The receipts of a period added up as they stream past: purchases with their revenue, discounts and bonuses
 * redeemed, and returns with the money they gave back. The metrics report and the discounts report count the same
 * sales with this one tally, so their revenue, discounts and bonus figures cannot drift apart. A return gives money
 * back, not a discount: its lines' discounts and its bonus are not counted. Amounts are exact sums; nothing rounds.
 */
public final class SalesTally {
    private long purchases;
    private long withDiscount;
    private long withBonus;
    private long returns;
    private Money revenue = Money.ZERO;
    private Money discounts = Money.ZERO;
    private Money bonusRedeemed = Money.ZERO;
    private Money refunds = Money.ZERO;

    public void add(DaySale sale) {
        if (!sale.isPurchase()) {
            returns++;
            refunds = refunds.plus(Money.of(sale.total()));
            return;
        }
        Money discount = Money.of(sale.discountTotal());
        Money bonus = Money.of(sale.bonusRedeemed());
        purchases++;
        revenue = revenue.plus(Money.of(sale.total()));
        discounts = discounts.plus(discount);
        bonusRedeemed = bonusRedeemed.plus(bonus);
        withDiscount += discount.signum() > 0 ? 1 : 0;
        withBonus += bonus.signum() > 0 ? 1 : 0;
    }

    /** Another tally's receipts added to this one (a day's row to the totals). */
    public void add(SalesTally other) {
        purchases += other.purchases;
        withDiscount += other.withDiscount;
        withBonus += other.withBonus;
        returns += other.returns;
        revenue = revenue.plus(other.revenue);
        discounts = discounts.plus(other.discounts);
        bonusRedeemed = bonusRedeemed.plus(other.bonusRedeemed);
        refunds = refunds.plus(other.refunds);
    }

    public long purchases() {
        return purchases;
    }

    public long purchasesWithDiscount() {
        return withDiscount;
    }

    public long purchasesWithBonus() {
        return withBonus;
    }

    public long returns() {
        return returns;
    }

    /** The purchases' totals. */
    public Money revenue() {
        return revenue;
    }

    public Money discounts() {
        return discounts;
    }

    public Money bonusRedeemed() {
        return bonusRedeemed;
    }

    /** The returns' totals. */
    public Money refunds() {
        return refunds;
    }

    public Money netRevenue() {
        return revenue.minus(refunds);
    }
}
