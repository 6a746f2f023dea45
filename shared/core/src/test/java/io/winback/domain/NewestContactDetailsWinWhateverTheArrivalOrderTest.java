package io.winback.domain;

import io.winback.consent.Consent;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static io.winback.domain.Sales.sale;
import static io.winback.domain.Sales.withCustomer;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NewestContactDetailsWinWhateverTheArrivalOrderTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final Sale older = withCustomer(sale("s1", "C-1", "2026-11-01T12:00:00+03:00", "100"),
            new SaleCustomer("C-1", "+79160000001", "old@example.com", null, "Anna", null, null, null,
                    new Consent(true, true)));
    private final Sale newer = withCustomer(sale("s2", "C-1", "2026-11-10T12:00:00+03:00", "100"),
            new SaleCustomer("C-1", "+79160000002", null, null, null, null, null, null, new Consent(false, null)));

    @Test
    void offlinePosSendingAnOldReceiptLaterDoesNotOverwriteNewerDetails() {
        for (List<Sale> order : List.of(List.of(older, newer), List.of(newer, older))) {
            Customer customer = Customer.firstSeen("C-1");
            for (Sale sale : order) {
                customer = customer.apply(sale, NOW, MOSCOW);
            }
            CustomerProfile profile = customer.profile();
            assertEquals("+79160000002", profile.phone());
            assertEquals("old@example.com", profile.email(), "the newer sale said nothing about email");
            assertEquals("Anna", profile.name());
            assertEquals(false, profile.consentSms());
            assertEquals(true, profile.consentEmail());
        }
    }

    @Test
    void asOfTokensKeepTheirStoredFormSoTheyStillSortAgainstTokensWrittenBefore() {
        for (long millis : new long[]{0, 7, 1_764_000_000_000L, 999_999_999_999_999L, 1_000_000_000_000_000L, -5}) {
            assertEquals(String.format("%015d#%s", millis, "sale:R-1"), CustomerProfile.asOfToken(millis, "sale:R-1"));
        }
        assertEquals(-1, Integer.signum(CustomerProfile.asOfToken(999, "b").compareTo(CustomerProfile.asOfToken(1000, "a"))));
    }
}
