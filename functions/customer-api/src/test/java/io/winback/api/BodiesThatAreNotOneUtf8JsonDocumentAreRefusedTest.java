package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.domain.Customer;
import io.winback.testing.HttpApiEvents;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;

import static io.winback.api.CustomerApiFixture.TOKEN;
import static io.winback.api.CustomerApiFixture.errorField;
import static io.winback.api.CustomerApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A CRM sends Anna's new name in Windows-1251, or appends a stray word after the JSON: the PATCH and the consent
 * call refuse it, instead of storing «????» or reading half a request; Anna's card and ledger stay as they were.
 */
class BodiesThatAreNotOneUtf8JsonDocumentAreRefusedTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @Test
    void aPatchInWindows1251IsRefusedAndTheNameStays() {
        Customer before = fixture.stored("C-1001");
        byte[] cp1251 = "{\"name\":\"Анна Петрова\"}".getBytes(Charset.forName("windows-1251"));

        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(HttpApiEvents.withRawBody(
                CustomerApiFixture.routed("PATCH", Routes.CUSTOMER, "C-1001", null, null, TOKEN), cp1251), null);

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("body", errorField(response));
        assertTrue(json(response).at("/errors/0/message").asText().startsWith("must be UTF-8 text"), response.getBody());
        assertEquals(before, fixture.stored("C-1001"));
    }

    @Test
    void aConsentInWindows1251IsRefusedAndTheLedgerStays() {
        var ledgerBefore = fixture.ledger.history("C-1001");
        byte[] cp1251 = "{\"sms\":false,\"source\":\"форма\"}".getBytes(Charset.forName("windows-1251"));

        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(HttpApiEvents.withRawBody(
                CustomerApiFixture.routed("POST", Routes.CUSTOMER_CONSENT, "C-1001", null, null, TOKEN), cp1251), null);

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("body", errorField(response));
        assertEquals(ledgerBefore, fixture.ledger.history("C-1001"));
    }

    @Test
    void textAfterTheJsonIsRefusedOnPatchAndConsent() {
        Customer before = fixture.stored("C-1001");
        var ledgerBefore = fixture.ledger.history("C-1001");

        APIGatewayV2HTTPResponse patch = fixture.patch("C-1001", "{\"name\":\"Changed\"} {\"vip\":true}");
        APIGatewayV2HTTPResponse consent = fixture.recordConsent("C-1001", "{\"sms\":false} please");

        assertEquals(400, patch.getStatusCode(), patch.getBody());
        assertEquals("body", errorField(patch));
        assertEquals(400, consent.getStatusCode(), consent.getBody());
        assertEquals("body", errorField(consent));
        assertEquals(before, fixture.stored("C-1001"));
        assertEquals(ledgerBefore, fixture.ledger.history("C-1001"));
    }
}
