package io.winback.api;

import io.winback.consent.Consent;
import io.winback.domain.Gender;
import io.winback.domain.SaleCustomer;
import org.junit.jupiter.api.Test;

import static io.winback.api.CustomerApiFixture.PHONE;
import static io.winback.api.CustomerApiFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The marketer edits at {@link CustomerApiFixture#NOW} (2025-11-20 14:06 Moscow). Receipts carry the details the POS
 * knew when they happened: an older one arriving late must not undo the edit, a newer one must win over it.
 */
class EditedDetailsGiveWayOnlyToNewerReceiptsTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    private static SaleCustomer annaAs(String name, Gender gender, Boolean consentSms) {
        return new SaleCustomer("C-1001", PHONE, null, null, name, gender, null, null, new Consent(consentSms, null));
    }

    @Test
    void anOlderReceiptArrivingLateDoesNotUndoTheEdit() {
        fixture.patch("C-1001", "{\"name\":\"Anna K.\",\"consent\":{\"sms\":false}}");

        fixture.statsApply("C-1001", purchase("late", annaAs("Anna Old", null, true), "2025-11-19T12:00:00+03:00", "10.00"));

        assertEquals("Anna K.", fixture.stored("C-1001").profile().name());
        assertEquals(false, fixture.stored("C-1001").profile().consentSms(), "a withdrawn consent stays withdrawn");
        assertEquals(4, fixture.stored("C-1001").stats().purchases(), "the receipt still counts");
    }

    @Test
    void aReceiptFromAfterTheEditBringsNewerDetails() {
        fixture.patch("C-1001", "{\"name\":\"Anna K.\"}");

        fixture.statsApply("C-1001", purchase("next", annaAs("Anna New", null, null), "2025-11-21T12:00:00+03:00", "10.00"));

        assertEquals("Anna New", fixture.stored("C-1001").profile().name());
    }

    @Test
    void aClearedFieldIsNotRefilledByAnOlderReceipt() {
        fixture.statsApply("C-1001", purchase("g-1", annaAs(null, Gender.F, null), "2025-10-10T12:00:00+03:00", "10.00"));
        fixture.patch("C-1001", "{\"gender\":null}");

        fixture.statsApply("C-1001", purchase("g-0", annaAs(null, Gender.F, null), "2025-10-20T12:00:00+03:00", "10.00"));
        assertNull(fixture.stored("C-1001").profile().gender());

        fixture.statsApply("C-1001", purchase("g-2", annaAs(null, Gender.M, null), "2025-11-22T12:00:00+03:00", "10.00"));
        assertEquals(Gender.M, fixture.stored("C-1001").profile().gender());
    }

    @Test
    void anEditOlderThanTheLatestReceiptDoesNotOverwriteIt() {
        // A POS clock ahead of ours: its receipt is "newer" than the edit, and the rule is the same for everyone.
        fixture.statsApply("C-1001", purchase("ahead", annaAs("Anna POS", null, null), "2025-11-20T15:00:00+03:00", "10.00"));

        fixture.patch("C-1001", "{\"name\":\"Anna K.\",\"status\":\"control\"}");

        assertEquals("Anna POS", fixture.stored("C-1001").profile().name());
        assertEquals("control", fixture.stored("C-1001").status().wireName(), "status is the API's alone");
    }
}
