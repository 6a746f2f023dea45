package io.winback.shop;

import java.math.BigDecimal;

/**
 * Shop-wide running totals, kept beside the customers' stats: purchases and net spent, from which the shop's
 * average check follows (the bonus budget cap needs it).
 */
public interface ShopTotalsWriter {
    ShopTotalsWriter NONE = (purchases, netSpent) -> {
    };

    /** Adds what a batch of newly applied sales changed: purchases made and net money spent (returns negative). */
    void add(int purchases, BigDecimal netSpent);
}
