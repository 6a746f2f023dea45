package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.bonus.BonusGrant;
import io.winback.domain.SaleCustomer;
import io.winback.log.JsonLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
 * At the till the cashier knows a phone or a card, not the POS id the customer is stored under: Anna is C-1001 with
 * the phone +79161234567, Boris is C-2002 with the card 4000-17.
 */
class TillLooksUpACustomerByPhoneOrCardTest {
    private static final String CARD = "4000-17";
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @AfterEach
    void restoreTheLog() {
        JsonLog.redirect(System.out);
    }

    private static SaleCustomer person(String id, String phone, String card, String name) {
        return new SaleCustomer(id, phone, null, card, name, null, null, null, null);
    }

    private void borisWithACard() {
        fixture.seed("C-2002", purchase("b-1", person("C-2002", null, CARD, "Boris"), "2025-11-02T12:00:00+03:00", "250.00"));
    }

    @Test
    void aPhoneTypedTheRussianWayFindsTheCustomerKeptUnderTheirId() {
        APIGatewayV2HTTPResponse response = fixture.lookup(Map.of("phone", "8 (916) 123-45-67"));

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode found = json(response);
        assertEquals("C-1001", found.get("customerId").asText());
        assertEquals("Anna", found.get("name").asText());
        assertEquals("0.00", found.get("bonusBalance").decimalValue().toPlainString());
        assertTrue(found.at("/nearestExpiry").isMissingNode(), "no bonus, nothing expires");
        assertEquals(1, found.get("matches").asInt());
    }

    @Test
    void aCardFindsItsCustomer() {
        borisWithACard();

        JsonNode found = json(fixture.lookup(Map.of("card", " " + CARD + " ")));

        assertEquals("C-2002", found.get("customerId").asText());
        assertEquals("Boris", found.get("name").asText());
    }

    @Test
    void theTillSeesTheBalanceAndTheBonusThatRunsOutFirst() {
        Instant granted = Instant.parse("2025-11-10T09:00:00Z");
        fixture.grant("C-1001", new BonusGrant("touch-a", new BigDecimal("100.00"), granted,
                Instant.parse("2025-11-23T20:59:00Z"), "reactivation"));
        fixture.grant("C-1001", new BonusGrant("touch-b", new BigDecimal("50.00"), granted,
                Instant.parse("2025-12-14T20:59:00Z"), "reactivation"));

        JsonNode found = json(fixture.lookup(Map.of("phone", PHONE)));

        assertEquals("150.00", found.get("bonusBalance").decimalValue().toPlainString());
        assertEquals("100.00", found.at("/nearestExpiry/amount").decimalValue().toPlainString());
        assertEquals("2025-11-23T20:59:00Z", found.at("/nearestExpiry/validUntil").asText());
        assertEquals("2025-11-23", found.at("/nearestExpiry/lastValidDay").asText());
    }

    @Test
    void whenTwoCustomersShareAPhoneTheOneWhoBoughtLastIsAnsweredAndBothAreCounted() {
        // Anna's last purchase was on 1 Oct; her daughter, kept under another id, bought on 1 Nov with the same phone.
        fixture.seed("C-3003", purchase("d-1", person("C-3003", PHONE, null, "Dasha"), "2025-11-01T12:00:00+03:00", "90.00"));

        JsonNode found = json(fixture.lookup(Map.of("phone", "+7 916 123-45-67")));

        assertEquals("C-3003", found.get("customerId").asText());
        assertEquals("Dasha", found.get("name").asText());
        assertEquals(2, found.get("matches").asInt());
    }

    @Test
    void aPhoneTheCustomerNoLongerHasFindsNobody() {
        fixture.statsApply("C-1001", purchase("new-phone", person("C-1001", "+79035550000", null, null),
                "2025-11-10T12:00:00+03:00", "10.00"));

        APIGatewayV2HTTPResponse old = fixture.lookup(Map.of("phone", PHONE));

        assertEquals(404, old.getStatusCode(), old.getBody());
        assertEquals("C-1001", json(fixture.lookup(Map.of("phone", "89035550000"))).get("customerId").asText());
    }

    @Test
    void anUnknownPhoneOrCardIsNotFoundAndSaysWhichWasAsked() {
        APIGatewayV2HTTPResponse phone = fixture.lookup(Map.of("phone", "+79990000000"));
        APIGatewayV2HTTPResponse card = fixture.lookup(Map.of("card", "no-such-card"));

        assertEquals(404, phone.getStatusCode());
        assertEquals("phone", errorField(phone));
        assertTrue(json(phone).at("/errors/0/message").asText().startsWith("no customer has the phone +79990000000"));
        assertEquals(404, card.getStatusCode());
        assertEquals("card", errorField(card));
    }

    @Test
    void theTillMustSendExactlyOneOfPhoneOrCardAndAPhoneThatIsOne() {
        APIGatewayV2HTTPResponse none = fixture.lookup(Map.of());
        APIGatewayV2HTTPResponse both = fixture.lookup(Map.of("phone", PHONE, "card", CARD));
        APIGatewayV2HTTPResponse badPhone = fixture.lookup(Map.of("phone", "call me maybe"));
        APIGatewayV2HTTPResponse shortPhone = fixture.lookup(Map.of("phone", "123"));
        APIGatewayV2HTTPResponse blankCard = fixture.lookup(Map.of("card", "  "));

        for (APIGatewayV2HTTPResponse response : List.of(none, both, badPhone, shortPhone, blankCard)) {
            assertEquals(400, response.getStatusCode(), response.getBody());
            assertEquals(1, json(response).get("errors").size(), response.getBody());
        }
        assertEquals("phone", errorField(none));
        assertEquals("card", errorField(both));
        assertEquals("phone", errorField(badPhone));
        assertEquals("phone", errorField(shortPhone));
        assertEquals("card", errorField(blankCard));
    }

    @Test
    void theStaticLookupPathWinsOverACustomerIdWithoutARouteKey() {
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(
                unrouted("GET", "/v1/customers/lookup", "phone=8%20916%20123%2045%2067", null, TOKEN), null);
        APIGatewayV2HTTPResponse patch = fixture.handler.handleRequest(
                unrouted("PATCH", "/v1/customers/lookup/", null, "{\"vip\":true}", TOKEN), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("C-1001", json(response).get("customerId").asText());
        assertEquals(405, patch.getStatusCode(), "lookup is no customer key to patch");
        assertEquals("GET", patch.getHeaders().get("allow"));
    }

    @Test
    void lookupReachingTheCustomerRouteIsStillTheLookup() {
        // A PATCH/GET route on {customerId} receiving "lookup" (e.g. when the static route is missing from a stage).
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(
                routed("GET", Routes.CUSTOMER, "lookup", Map.of("phone", PHONE), null, TOKEN), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("C-1001", json(response).get("customerId").asText());
    }

    @Test
    void theLookupIsLoggedByRouteWithoutThePhone() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        JsonLog.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));

        fixture.lookup(Map.of("phone", "8 (916) 123-45-67"));
        fixture.lookup(Map.of("phone", "+79990000000"));

        String log = captured.toString(StandardCharsets.UTF_8);
        assertEquals(2, log.strip().split("\n").length, log);
        assertTrue(log.contains("\"GET /v1/customers/lookup\""), log);
        for (String secret : List.of("9161234567", "916) 123", "9990000000", "Anna")) {
            assertFalse(log.contains(secret), "the log holds " + secret + ":\n" + log);
        }
    }
}
