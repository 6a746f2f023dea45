package io.winback.chain;

import io.winback.cycles.GroupPurchases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * When a cross-sell offer is not made, from the customer's purchase days of the two groups as the sales stream keeps
 * them ({@link GroupPurchases}: the last purchase days of a group, each with the receipts still holding some of it; a
 * receipt returned in full leaves its day, a day without receipts leaves the record).
 */
public final class CrossSellConditions {

    private CrossSellConditions() {
    }

    /**
     * Whether the purchase of {@code day} was returned whole: none of {@code receipts} (none given: no receipt of
     * that day) still holds any of the group. A return keeps the record (without the day), so a customer with no
     * record at all is one whose purchase the sales stream has not recorded yet: not returned; nor is a day older
     * than every kept day of a record whose older days were forgotten, of which it says nothing.
     *
     * @param ofGroup the customer's record of the trigger's {@code group}; null when none is kept
     */
    public static boolean returnedWhole(GroupPurchases ofGroup, LocalDate day, Collection<String> receipts) {
        if (ofGroup == null || (ofGroup.truncated() && day.isBefore(ofGroup.days().firstKey()))) {
            return false;
        }
        Map<String, BigDecimal> left = ofGroup.days().getOrDefault(day, Map.of());
        return receipts.isEmpty() ? left.isEmpty() : receipts.stream().noneMatch(left::containsKey);
    }

    /**
     * Whether the customer bought from the offered group since the purchase of {@code purchaseDay} (that day
     * included: a lens on the camera's receipt) or within {@code unlessBoughtWithinDays} before it.
     *
     * @param ofOffer the customer's record of the trigger's {@code offerGroup}; null when they never bought it
     */
    public static boolean offerBoughtAlready(Trigger.Bought trigger, GroupPurchases ofOffer, LocalDate purchaseDay) {
        LocalDate last = ofOffer == null ? null : ofOffer.lastDay();
        return last != null && !last.isBefore(purchaseDay.minusDays(trigger.unlessBoughtWithinDays()));
    }
}
