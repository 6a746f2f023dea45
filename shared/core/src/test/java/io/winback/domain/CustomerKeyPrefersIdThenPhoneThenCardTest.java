package io.winback.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CustomerKeyPrefersIdThenPhoneThenCardTest {
    @Test
    void theFirstKnownIdentifierIsTheKey() {
        assertEquals("C-1", CustomerKey.of(new SaleCustomer("C-1", "+79161234567", null, "4000", null, null, null, null, null)));
        assertEquals("+79161234567", CustomerKey.of(new SaleCustomer(null, "+79161234567", null, "4000", null, null, null, null, null)));
        assertEquals("card:4000", CustomerKey.of(new SaleCustomer(null, null, null, "4000", null, null, null, null, null)));
    }
}
