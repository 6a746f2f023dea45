package io.winback.shop;

import io.winback.report.ReportLanguage;
import io.winback.text.Noun;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The average check the bonus cap and the value of a customer won back are computed from, and where it came from.
 * Once the shop has {@link #REAL_CHECK_FROM_PURCHASES} purchases its own average rules; a configured
 * {@code budget.averageCheck} stands in only before that (a new shop, or one that has just started sending sales);
 * with neither there is none yet (an average of a few purchases is too noisy to cap bonuses by), and only
 * {@code MaxBonus} caps.
 *
 * @param amount    null when there is none ({@link Source#NONE})
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
        /** Fewer purchases than that and nothing configured. */
        NONE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static AverageCheckInForce of(BigDecimal configured, Optional<ShopAverageCheck> shop) {
        long purchases = shop.map(ShopAverageCheck::purchases).orElse(0L);
        // Returns of sales made before Winback (unmatched, accepted) can take the shop's net spent to zero or below:
        // no average check to cap bonuses by then, rather than a cap at or below zero that would "grant" a negative.
        if (shop.isPresent() && purchases >= REAL_CHECK_FROM_PURCHASES && shop.get().amount().signum() > 0) {
            return new AverageCheckInForce(shop.get().amount(), Source.SHOP, purchases);
        }
        if (configured != null) {
            return new AverageCheckInForce(configured, Source.CONFIGURED, purchases);
        }
        return new AverageCheckInForce(null, Source.NONE, purchases);
    }

    /**
     * What a customer won back is valued at in the campaign report: the average check in force, or, while there is
     * none, the shop's average over the purchases it has (a rough value is better than no net effect at all; it caps
     * nothing). Null before the first sale with nothing configured.
     */
    public static BigDecimal forValuing(BigDecimal configured, Optional<ShopAverageCheck> shop) {
        BigDecimal inForce = of(configured, shop).amount();
        return inForce != null ? inForce : shop.map(ShopAverageCheck::amount).orElse(null);
    }

    /** Where the figure came from, in the words of a cap's explanation. */
    public String origin() {
        return switch (source) {
            case SHOP -> "the shop's own over " + Noun.PURCHASE.count(purchases, ReportLanguage.EN) + " (from " + REAL_CHECK_FROM_PURCHASES
                    + " purchases on the shop's own average rules and budget.averageCheck is not used)";
            case CONFIGURED -> "budget.averageCheck, used until the shop has " + REAL_CHECK_FROM_PURCHASES
                    + " purchases (it has " + purchases + ")";
            case NONE -> "none yet: the shop has " + Noun.PURCHASE.count(purchases, ReportLanguage.EN) + ", fewer than "
                    + REAL_CHECK_FROM_PURCHASES + ", and no budget.averageCheck is set";
        };
    }

    /** The configuration fields that move the cap while this figure is in force. */
    public String fieldsToChange() {
        return source == Source.SHOP ? "budget.margin or budget.share"
                : "budget.averageCheck (used until the shop has " + REAL_CHECK_FROM_PURCHASES
                + " purchases), budget.margin or budget.share";
    }
}
