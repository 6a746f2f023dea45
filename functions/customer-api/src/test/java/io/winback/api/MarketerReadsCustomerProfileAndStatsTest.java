package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.consent.Consent;
import io.winback.domain.SaleCustomer;
import io.winback.domain.Sales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import static io.winback.api.CustomerApiFixture.anna;
import static io.winback.api.CustomerApiFixture.json;
import static io.winback.api.CustomerApiFixture.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketerReadsCustomerProfileAndStatsTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @ParameterizedTest
    @Event(value = "../../events/customer-api-get.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleRequestShowsProfileConsentStatsSegmentAndSleepDay(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("content-type"));
        JsonNode customer = json(response);
        assertEquals("C-1001", customer.get("customerId").asText());
        assertEquals("active", customer.get("status").asText());
        assertEquals("2-3", customer.get("segment").asText());
        assertEquals("2025-12-20", customer.get("sleepAt").asText(), "last visit 2025-10-01 + 80 days");

        assertEquals("+79161234567", customer.at("/profile/phone").asText());
        assertEquals("anna@example.com", customer.at("/profile/email").asText());
        assertEquals("Anna", customer.at("/profile/name").asText());
        assertEquals(false, customer.at("/profile/vip").asBoolean());
        assertTrue(customer.at("/profile/gender").isMissingNode(), "never sent, so absent");
        assertEquals(true, customer.at("/consent/sms").asBoolean());
        assertEquals(true, customer.at("/consent/email").asBoolean());
        assertTrue(customer.get("properties").isObject() && customer.get("properties").isEmpty());

        JsonNode stats = customer.get("stats");
        assertEquals(3, stats.get("purchases").asInt());
        assertEquals(0, stats.get("returns").asInt());
        assertMoney("1800.00", stats.get("netSpent"));
        assertMoney("1800.00", stats.get("salesTotal"));
        assertMoney("0.00", stats.get("returnsTotal"));
        assertMoney("600.00", stats.get("averageCheck"));
        assertEquals("2025-09-01T09:00:00Z", stats.get("firstPurchaseAt").asText());
        assertEquals("2025-10-01T09:00:00Z", stats.get("lastPurchaseAt").asText());
        assertEquals(3, stats.get("visitDays").asInt());
        assertEquals("2025-09-01", stats.get("firstVisitDay").asText());
        assertEquals("2025-10-01", stats.get("lastVisitDay").asText());
        assertMoney("15.00", stats.get("meanIntervalDays"));
        assertEquals("15.0", stats.get("medianIntervalDays").decimalValue().toPlainString(), "gaps 10 and 20");
    }

    @Test
    void moneyIsWrittenAsJsonNumbersWithTwoDecimals() {
        String body = fixture.get("C-1001").getBody();

        assertTrue(body.contains("\"netSpent\":1800.00"), body);
        assertTrue(body.contains("\"returnsTotal\":0.00"), body);
        assertTrue(body.contains("\"averageCheck\":600.00"), body);
    }

    @Test
    void aRefundCountsAgainstNetSpentButNotAsAVisit() {
        fixture.statsApply("C-1001", Sales.withCustomer(
                Sales.refund("r-1", "C-1001", "2025-10-05T12:00:00+03:00", "300.00"), anna()));

        JsonNode stats = json(fixture.get("C-1001")).get("stats");

        assertEquals(1, stats.get("returns").asInt());
        assertMoney("300.00", stats.get("returnsTotal"));
        assertMoney("1500.00", stats.get("netSpent"));
        assertMoney("500.00", stats.get("averageCheck"));
        assertEquals(3, stats.get("visitDays").asInt());
    }

    @Test
    void aVipCardHolderIsInTheVipSegmentWhateverTheyBought() {
        SaleCustomer vip = new SaleCustomer("C-2002", null, null, "5550001", "Boris", null, null, true,
                new Consent(false, null));
        fixture.seed("C-2002", purchase("v-1", vip, "2025-11-01T10:00:00+03:00", "50.00"));

        JsonNode customer = json(fixture.get("C-2002"));

        assertEquals("VIP", customer.get("segment").asText());
        assertEquals("2026-01-30", customer.get("sleepAt").asText(), "2025-11-01 + 90 days");
        assertEquals("5550001", customer.at("/profile/cardNumber").asText());
        assertEquals(true, customer.at("/profile/vip").asBoolean());
        assertEquals(false, customer.at("/consent/email").asBoolean(), "never given reads as no");
        assertTrue(customer.at("/stats/meanIntervalDays").isNull(), "one visit day has no interval: null, not absent");
        assertTrue(customer.at("/stats/medianIntervalDays").isNull());
    }

    private static void assertMoney(String expected, JsonNode amount) {
        assertTrue(amount != null && amount.isNumber(), "a JSON number: " + amount);
        assertEquals(expected, amount.decimalValue().toPlainString());
    }
}
