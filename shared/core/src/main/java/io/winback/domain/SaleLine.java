package io.winback.domain;

import java.math.BigDecimal;

/** One receipt line. Quantity is decimal because shops sell by weight. */
public record SaleLine(String sku, String group, String name, BigDecimal quantity, BigDecimal price, BigDecimal discount) {
    /**
     * The longest product group a receipt line may name; the webhook keeps it stripped and on one line. A chain about
     * a group names it as the receipts do, so the same limit holds there.
     */
    public static final int MAX_GROUP_LENGTH = 128;
}
