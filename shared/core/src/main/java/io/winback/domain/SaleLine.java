package io.winback.domain;

import java.math.BigDecimal;

/** One receipt line. Quantity is decimal because shops sell by weight. */
public record SaleLine(String sku, String group, String name, BigDecimal quantity, BigDecimal price, BigDecimal discount) {
}
