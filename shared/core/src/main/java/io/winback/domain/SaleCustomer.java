package io.winback.domain;

import io.winback.consent.Consent;

import java.time.LocalDate;

/**
 * Who bought, as the POS knows them at the time of the sale. Every field may be absent;
 * {@link CustomerKey} decides which one identifies the customer.
 * {@code phone} is already normalised to E.164 when this record exists.
 */
public record SaleCustomer(
        String id,
        String phone,
        String email,
        String cardNumber,
        String name,
        Gender gender,
        LocalDate birthday,
        Boolean vip,
        Consent consent) {
}
