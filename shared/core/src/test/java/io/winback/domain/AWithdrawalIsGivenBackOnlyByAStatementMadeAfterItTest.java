package io.winback.domain;

import io.winback.consent.Consent;
import io.winback.consent.ConsentStatement;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a customer withdrew email consent, receipts that echo a plain yes never give it back, in whatever order they
 * arrive; a statement given after the withdrawal does, and receipts' plain flags on a channel never withdrawn still
 * follow the newest receipt.
 */
class AWithdrawalIsGivenBackOnlyByAStatementMadeAfterItTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant WITHDRAWN = Instant.parse("2026-11-20T09:00:00Z");

    private static Sale receipt(String saleId, String occurredAt, Consent consent) {
        Sale sale = Sales.sale(saleId, "C-1", occurredAt, "100");
        return Sales.withCustomer(sale, new SaleCustomer("C-1", null, "anna@example.com", null, null, null, null,
                null, consent));
    }

    /** Consent to both by a receipt on 1 Nov, then email withdrawn through the API on 20 Nov (as the API writes it). */
    private static Customer withdrawn() {
        Customer customer = Customer.firstSeen("C-1")
                .apply(receipt("s-0", "2026-11-01T12:00:00+03:00", new Consent(true, true)), WITHDRAWN, MOSCOW);
        CustomerProfile p = customer.profile();
        java.util.Map<String, String> asOf = new java.util.HashMap<>(p.asOf());
        asOf.put("consentEmail", CustomerProfile.asOfToken(WITHDRAWN.toEpochMilli(), "api"));
        return customer.withProfile(new CustomerProfile(p.phone(), p.email(), p.cardNumber(), p.name(), p.gender(),
                p.birthday(), p.vip(), p.consentSms(), false, asOf, p.withdrawals())
                .withStatedConsent(null, false, WITHDRAWN));
    }

    @Test
    void echoesInAnyOrderLeaveItWithdrawnAndAStatementAfterItGivesItBack() {
        ConsentStatement stated = new ConsentStatement(true, "2026-01", WITHDRAWN.plusSeconds(3_600));
        List<Sale> receipts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            receipts.add(receipt("echo-" + i, "2026-11-2" + i + "T12:00:00+03:00", new Consent(true, true)));
        }
        Random random = new Random(21);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(receipts, random);
            Customer customer = withdrawn();
            for (Sale sale : receipts) {
                customer = customer.apply(sale, WITHDRAWN, MOSCOW);
            }
            assertEquals(false, customer.profile().consentEmail());
            assertTrue(customer.profile().withdrawals().email().refusalNoted());
            assertEquals(true, customer.profile().consentSms(), "SMS was never withdrawn: the receipts rule it");

            Customer given = customer.apply(receipt("stated", "2026-11-20T13:00:00+03:00",
                    new Consent(null, true, null, stated)), WITHDRAWN, MOSCOW);
            assertEquals(true, given.profile().consentEmail());
            assertNull(given.profile().withdrawals().email());
        }
    }

    @Test
    void aStatementGivenBeforeTheWithdrawalIsRefused() {
        Customer customer = withdrawn().apply(receipt("late", "2026-11-20T13:00:00+03:00", new Consent(null, true,
                null, new ConsentStatement(true, "2026-01", WITHDRAWN.minusSeconds(60)))), WITHDRAWN, MOSCOW);

        assertEquals(false, customer.profile().consentEmail());
        assertTrue(customer.profile().withdrawals().email().refusalNoted());
    }
}
