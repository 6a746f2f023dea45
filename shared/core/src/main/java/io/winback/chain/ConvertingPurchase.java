package io.winback.chain;

import io.winback.domain.Sale;
import io.winback.domain.SaleLine;

import java.util.Optional;

/**
 * Which purchases reach a chain's goal, by its trigger: a refill reminder's only one that contains its group again,
 * a cross-sell offer's only one that contains the offered group; a sleeping customer's or a birthday's any purchase.
 * Only such a purchase ends the episode (converted within a touch's window, else exited): a purchase of something
 * else neither converts nor ends a refill or a cross-sell episode, so the reminder or the offer still goes out.
 */
public final class ConvertingPurchase {
    private ConvertingPurchase() {
    }

    /** The product group a purchase must contain to count for a chain of {@code trigger}; empty: any purchase. */
    public static Optional<String> groupOf(Trigger trigger) {
        return switch (trigger) {
            case Trigger.Replenishment refill -> Optional.of(refill.group());
            case Trigger.Bought crossSell -> Optional.of(crossSell.offerGroup());
            case Trigger.FellAsleep sleep -> Optional.empty();
            case Trigger.Birthday birthday -> Optional.empty();
            case Trigger.Campaign campaign -> Optional.empty();
        };
    }

    /** Whether {@code sale} is a purchase that counts for a chain of {@code trigger}. */
    public static boolean counts(Trigger trigger, Sale sale) {
        if (!sale.isPurchase()) {
            return false;
        }
        Optional<String> group = groupOf(trigger);
        return group.isEmpty() || sale.lines().stream().map(SaleLine::group).anyMatch(group.get()::equals);
    }

    /**
     * Whether any purchase counts for a chain of {@code trigger}, so that the customer's stats (their last purchase,
     * which names no group) may stand in for a receipt the history does not show yet.
     */
    public static boolean anyPurchaseCounts(Trigger trigger) {
        return groupOf(trigger).isEmpty();
    }
}
