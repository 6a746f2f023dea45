package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Channel;
import io.winback.consent.ConsentChange;
import io.winback.consent.Consent;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.SaleCustomer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.winback.api.CustomerApiFixture.NOW;
import static io.winback.api.CustomerApiFixture.PHONE;
import static io.winback.api.CustomerApiFixture.TOKEN;
import static io.winback.api.CustomerApiFixture.errorField;
import static io.winback.api.CustomerApiFixture.json;
import static io.winback.api.CustomerApiFixture.purchase;
import static io.winback.api.CustomerApiFixture.routed;
import static io.winback.api.CustomerApiFixture.unrouted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna (C-1001) consented to SMS and email at the till. What she says later through a form, the POS or the API
 * changes her current consent and is kept, change by change, in the ledger.
 */
class ConsentChangesAreKeptInTheLedgerTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    private static SaleCustomer annaSayingSms(boolean sms) {
        return new SaleCustomer("C-1001", PHONE, null, null, null, null, null, null, new Consent(sms, null));
    }

    @Test
    void aWithdrawalChangesTheCurrentConsentAndIsRecordedWithItsSource() {
        APIGatewayV2HTTPResponse response = fixture.recordConsent("C-1001",
                "{\"sms\":false,\"source\":\"pos\",\"textVersion\":\"2026-01\"}");

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode answer = json(response);
        assertFalse(answer.at("/consent/sms").asBoolean());
        assertTrue(answer.at("/consent/email").asBoolean(), "not named, so unchanged");
        assertEquals(1, answer.get("recorded").size());
        JsonNode recorded = answer.at("/recorded/0");
        assertEquals("sms", recorded.get("channel").asText());
        assertFalse(recorded.get("granted").asBoolean());
        assertEquals(NOW.toString(), recorded.get("at").asText());
        assertEquals("pos", recorded.get("source").asText());
        assertEquals("2026-01", recorded.get("textVersion").asText());

        assertEquals(List.of(new ConsentChange("C-1001", Channel.SMS, false, NOW, "pos", "2026-01")),
                fixture.ledger.history("C-1001"));
        CustomerProfile stored = fixture.stored("C-1001").profile();
        assertEquals(false, stored.consentSms());
        assertEquals(true, stored.consentEmail());
        assertEquals(CustomerProfile.asOfToken(NOW.toEpochMilli(), "api"), stored.asOf().get("consentSms"));
        assertFalse(json(fixture.get("C-1001")).at("/consent/sms").asBoolean(), "the customer card agrees");
    }

    @Test
    void bothChannelsAtOnceAreTwoChangesAndTheSourceDefaultsToApi() {
        JsonNode answer = json(fixture.recordConsent("C-1001", "{\"sms\":false,\"email\":false}"));

        assertEquals(2, answer.get("recorded").size());
        assertEquals("sms", answer.at("/recorded/0/channel").asText());
        assertEquals("email", answer.at("/recorded/1/channel").asText());
        assertEquals("api", answer.at("/recorded/0/source").asText());
        assertTrue(answer.at("/recorded/0/textVersion").isMissingNode());
        assertEquals(2, fixture.ledger.history("C-1001").size());
        Customer stored = fixture.stored("C-1001");
        assertEquals(false, stored.profile().consentSms());
        assertEquals(false, stored.profile().consentEmail());
    }

    @Test
    void theLedgerReadsNewestFirstNextToTheCurrentState() {
        // A quarter second later: "…:40.250Z" sorts before "…:40Z" as text, yet it is the newer change.
        Instant momentLater = NOW.plusMillis(250);
        Instant dayLater = NOW.plusSeconds(86_400).plusMillis(250);
        fixture.recordConsent("C-1001", "{\"sms\":false,\"source\":\"form\"}");
        fixture.handlerAt(momentLater).handleRequest(routed("POST", Routes.CUSTOMER_CONSENT, "C-1001", null,
                "{\"email\":false}", TOKEN), null);
        fixture.handlerAt(dayLater).handleRequest(routed("POST", Routes.CUSTOMER_CONSENT, "C-1001", null,
                "{\"sms\":true,\"source\":\"pos\",\"textVersion\":\"2026-02\"}", TOKEN), null);

        APIGatewayV2HTTPResponse response = fixture.consent("C-1001");

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode consent = json(response);
        assertEquals("C-1001", consent.get("customerId").asText());
        assertTrue(consent.at("/consent/sms").asBoolean());
        assertFalse(consent.at("/consent/email").asBoolean());
        List<String> history = new ArrayList<>();
        consent.get("history").forEach(change -> history.add(change.get("at").asText() + " "
                + change.get("channel").asText() + "=" + change.get("granted").asBoolean() + " " + change.get("source").asText()));
        assertEquals(List.of(dayLater + " sms=true pos", momentLater + " email=false api", NOW + " sms=false form"), history);
        assertEquals("2026-02", consent.at("/history/0/textVersion").asText());
    }

    @Test
    void aCustomerWhoNeverChangedConsentHasAnEmptyLedger() {
        JsonNode consent = json(fixture.consent("C-1001"));

        assertTrue(consent.at("/consent/sms").asBoolean(), "given at the till, in the receipt");
        assertEquals(0, consent.get("history").size());
    }

    @Test
    void neitherAnOlderReceiptNorANewerPlainFlagUndoesTheWithdrawal() {
        fixture.recordConsent("C-1001", "{\"sms\":false}");

        fixture.statsApply("C-1001", purchase("late", annaSayingSms(true), "2025-11-19T12:00:00+03:00", "10.00"));
        assertEquals(false, fixture.stored("C-1001").profile().consentSms(), "said before the withdrawal");

        fixture.statsApply("C-1001", purchase("next", annaSayingSms(true), "2025-11-21T12:00:00+03:00", "10.00"));
        assertEquals(false, fixture.stored("C-1001").profile().consentSms(),
                "a till echoing its flag afterwards is not a new consent (38-FZ art. 18)");
    }

    @Test
    void everyMistakeIsNamedAtOnceAndNothingIsWritten() {
        Customer before = fixture.stored("C-1001");

        APIGatewayV2HTTPResponse response = fixture.recordConsent("C-1001",
                "{\"sms\":\"no\",\"email\":null,\"push\":true,\"source\":\"Front Desk\",\"textVersion\":\"\"}");

        assertEquals(400, response.getStatusCode(), response.getBody());
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertEquals(List.of("push", "sms", "email", "source", "textVersion"), fields);
        assertEquals(before, fixture.stored("C-1001"), "same version: no write");
        assertEquals(List.of(), fixture.ledger.history("C-1001"));
    }

    @Test
    void aBodyWithoutAChannelOrNotAnObjectIsRefusedAsABody() {
        for (String body : new String[]{"{}", "{\"source\":\"pos\"}", "[]", "{\"sms\":", "", "true"}) {
            APIGatewayV2HTTPResponse response = fixture.recordConsent("C-1001", body);

            assertEquals(400, response.getStatusCode(), body + " -> " + response.getBody());
            assertEquals("body", errorField(response), body);
        }
        assertEquals(List.of(), fixture.ledger.history("C-1001"));
    }

    @Test
    void anUnknownCustomerIsNotFoundAndNothingIsRecordedForThem() {
        APIGatewayV2HTTPResponse post = fixture.recordConsent("nobody", "{\"sms\":true}");
        APIGatewayV2HTTPResponse get = fixture.consent("nobody");

        assertEquals(404, post.getStatusCode());
        assertEquals("customerId", errorField(post));
        assertEquals(404, get.getStatusCode());
        assertEquals("customerId", errorField(get));
        assertTrue(fixture.customers.find("nobody").isEmpty(), "not created");
        assertEquals(List.of(), fixture.ledger.history("nobody"));
    }

    @Test
    void consentIsReadAndRecordedOnlyWithGetAndPost() {
        APIGatewayV2HTTPResponse delete = fixture.handler.handleRequest(
                unrouted("DELETE", "/v1/customers/C-1001/consent", null, null, TOKEN), null);
        APIGatewayV2HTTPResponse post = fixture.handler.handleRequest(
                unrouted("POST", "/v1/customers/C-1001/consent", null, "{\"email\":false}", TOKEN), null);

        assertEquals(405, delete.getStatusCode());
        assertEquals("GET, POST", delete.getHeaders().get("allow"));
        assertEquals(200, post.getStatusCode(), "the raw path routes as well as the route key: " + post.getBody());
    }
}
