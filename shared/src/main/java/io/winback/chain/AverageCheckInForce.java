package io.winback.chain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The average check the bonus cap and the value of a customer won back are computed from, and where it came from.
 * Once the shop has {@link #REAL_CHECK_FROM_PURCHASES} purchases its own average rules; a configured
 * {@code budget.averageCheck} stands in only before that (a new shop, or one that has just started sending sales);
 * with neither, whatever real average there is; with no sale at all, none.
 *
 * @param amount    null when there is no figure at all ({@link Source#NONE})
 * @param purchases the shop's purchases so far (0 before the first sale)
 */
public record AverageCheckInForce(BigDecimal amount, Source source, long purchases) {
    /** From this many purchases on, the shop's own average check is a figure to trust over a configured one. */
    public static final int REAL_CHECK_FROM_PURCHASES = 100;

    public enum Source {
        /** The shop's own, over at least {@link #REAL_CHECK_FROM_PURCHASES} purchases. */
        SHOP,
        /** {@code budget.averageCheck}, the shop having fewer purchases than that. */
        CONFIGURED,
        /** The shop's own over fewer purchases, none being configured. */
        SHOP_FEW_PURCHASES,
        /** No sale and nothing configured. */
        NONE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static AverageCheckInForce of(BigDecimal configured, Optional<ShopAverageCheck> shop) {
        long purchases = shop.map(ShopAverageCheck::purchases).orElse(0L);
        if (shop.isPresent() && purchases >= REAL_CHECK_FROM_PURCHASES) {
            return new AverageCheckInForce(shop.get().amount(), Source.SHOP, purchases);
        }
        if (configured != null) {
            return new AverageCheckInForce(configured, Source.CONFIGURED, purchases);
        }
        return shop.map(s -> new AverageCheckInForce(s.amount(), Source.SHOP_FEW_PURCHASES, purchases))
                .orElseGet(() -> new AverageCheckInForce(null, Source.NONE, 0));
    }

    /** Where the figure came from, in the words of a cap's explanation. */
    String origin() {
        return switch (source) {
            case SHOP -> "the shop's own over " + purchases + " purchases (from " + REAL_CHECK_FROM_PURCHASES
                    + " purchases on the shop's own average rules and budget.averageCheck is not used)";
            case CONFIGURED -> "budget.averageCheck, used until the shop has " + REAL_CHECK_FROM_PURCHASES
                    + " purchases (it has " + purchases + ")";
            case SHOP_FEW_PURCHASES -> "the shop's own over only " + purchases
                    + " purchases, as no budget.averageCheck is set";
            case NONE -> "unknown: no sale yet and no budget.averageCheck";
        };
    }

    /** The configuration fields that move the cap while this figure is in force. */
    String fieldsToChange() {
        return source == Source.SHOP ? "budget.margin or budget.share"
                : "budget.averageCheck (used until the shop has " + REAL_CHECK_FROM_PURCHASES
                + " purchases), budget.margin or budget.share";
    }
}
