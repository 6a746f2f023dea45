package io.winback.domain;

/**
 * The key a customer is stored under, chosen from what the POS sends, first match wins:
 * <ol>
 *   <li>{@code customer.id} as given;</li>
 *   <li>the phone in E.164, e.g. {@code +79161234567};</li>
 *   <li>the card number prefixed with {@code card:}, so that a card number never collides with an id.</li>
 * </ol>
 * The same person sent once with an id and once with only a phone becomes two customers: a POS that knows
 * its customer ids should always send them.
 */
public final class CustomerKey {
    public static final String CARD_PREFIX = "card:";

    private CustomerKey() {
    }

    public static String of(SaleCustomer customer) {
        if (customer == null) {
            return null;
        }
        if (customer.id() != null) {
            return customer.id();
        }
        if (customer.phone() != null) {
            return customer.phone();
        }
        if (customer.cardNumber() != null) {
            return CARD_PREFIX + customer.cardNumber();
        }
        return null;
    }
}
