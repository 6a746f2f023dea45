package io.winback.shop;

import java.math.BigDecimal;

/**
 * The shop's real average check (net spent per purchase, 2 decimals) and how many purchases it is an average of: a
 * figure of 3 purchases says little, one of 10,000 says what a customer is worth.
 */
public record ShopAverageCheck(BigDecimal amount, long purchases) {
}
