package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.consent.Consent;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.SaleCustomer;
import io.winback.domain.Sales;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Cards written before withdrawals were kept say only {@code consentEmail: false}, stamped by who said it. One the
 * customer said directly (an unsubscribe link or the API, stamped {@code api}; an SNS opt-out) reads as the
 * withdrawal it was, so the next till echo does not re-subscribe them; a no that came from a receipt stays a plain no.
 */
class AnOptOutOnACardFromBeforeWithdrawalsWereKeptStillSticksTest {
    private static final Instant CLICKED = Instant.parse("2026-10-01T09:00:00Z");
    private final WinbackConfig config = WinbackConfig.from(Map.of());
    private final CustomerItems items = new CustomerItems(config.bands(), config.sleep());

    private Customer oldCard(String stampedBy) {
        return items.fromItem(Map.of(
                CustomerItems.CUSTOMER_KEY, AttributeValue.fromS("C-7"),
                "email", AttributeValue.fromS("anna@example.com"),
                "consentEmail", AttributeValue.fromBool(false),
                "profileAsOf", AttributeValue.fromM(Map.of("consentEmail", AttributeValue.fromS(
                        CustomerProfile.asOfToken(CLICKED.toEpochMilli(), stampedBy))))));
    }

    private static Customer afterTillSaysYes(Customer card) {
        return card.apply(Sales.withCustomer(Sales.sale("R-9", "C-7", "2026-11-01T12:00:00+03:00", "500"),
                new SaleCustomer("C-7", null, null, null, null, null, null, null, new Consent(null, true))),
                Instant.parse("2026-11-01T09:00:01Z"), ZoneId.of("Europe/Moscow"));
    }

    @Test
    void anUnsubscribeStampedApiIsAWithdrawalAndTheEchoDoesNotUndoIt() {
        Customer card = oldCard("api");

        assertEquals(CLICKED, card.profile().withdrawals().email().at());
        assertEquals(false, afterTillSaysYes(card).profile().consentEmail());
    }

    @Test
    void anSnsOptOutIsAWithdrawalToo() {
        assertEquals(CLICKED, oldCard("sns_opt_out").profile().withdrawals().email().at());
    }

    @Test
    void aNoThatCameFromAReceiptIsNoWithdrawal() {
        Customer card = oldCard("R-1");

        assertNull(card.profile().withdrawals().email());
        assertEquals(true, afterTillSaysYes(card).profile().consentEmail(), "a later receipt's yes counts as before");
    }
}
