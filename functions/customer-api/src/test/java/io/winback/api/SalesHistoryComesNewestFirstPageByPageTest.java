package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.Sale;
import io.winback.domain.SaleLine;
import io.winback.domain.SaleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.winback.api.CustomerApiFixture.TOKEN;
import static io.winback.api.CustomerApiFixture.anna;
import static io.winback.api.CustomerApiFixture.errorField;
import static io.winback.api.CustomerApiFixture.json;
import static io.winback.api.CustomerApiFixture.purchase;
import static io.winback.api.CustomerApiFixture.unrouted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SalesHistoryComesNewestFirstPageByPageTest {
    /** Newest first: s-5 is the latest; s-3 and s-4 fall on the same day, an hour apart. */
    private static final List<String> NEWEST_FIRST = List.of("s-5", "s-4", "s-3", "s-2", "s-1");

    private final CustomerApiFixture fixture = new CustomerApiFixture();

    CustomerApiFixture withFiveSales() {
        // Recorded out of order, as an offline POS would send them.
        fixture.seed("C-1001",
                purchase("s-3", anna(), "2025-10-01T12:00:00+03:00", "300.00"),
                purchase("s-1", anna(), "2025-09-01T12:00:00+03:00", "1000.00"),
                purchase("s-5", anna(), "2025-11-02T09:15:00+03:00", "50.00"),
                purchase("s-4", anna(), "2025-10-01T13:00:00+03:00", "120.50"),
                purchase("s-2", anna(), "2025-09-11T12:00:00+03:00", "500.00"));
        return fixture;
    }

    @Test
    void fiveSalesInPagesOfTwoComeNewestFirstWithoutRepeats() {
        withFiveSales();
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> query = new HashMap<>(Map.of("limit", "2"));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            APIGatewayV2HTTPResponse response = fixture.sales("C-1001", query);
            assertEquals(200, response.getStatusCode(), response.getBody());
            JsonNode page = json(response);
            pageSizes.add(page.get("sales").size());
            page.get("sales").forEach(sale -> seen.add(sale.get("saleId").asText()));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
            assertTrue(++pages <= 5, "the cursor chain must end");
        } while (cursor != null);

        assertEquals(NEWEST_FIRST, seen);
        assertEquals(List.of(2, 2, 1), pageSizes);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no sale on two pages");
    }

    @Test
    void withoutALimitOnePageHoldsUpToFifty() {
        withFiveSales();

        JsonNode page = json(fixture.sales("C-1001", null));

        assertEquals(5, page.get("sales").size());
        assertFalse(page.has("nextCursor"), "everything fitted: no next page");
    }

    @ParameterizedTest
    @Event(value = "../../events/customer-api-sales.json", type = APIGatewayV2HTTPEvent.class)
    void theSampleRequestGetsTheNewestSaleAndACursor(APIGatewayV2HTTPEvent event) {
        withFiveSales();

        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode page = json(response);
        assertEquals(1, page.get("sales").size());
        assertEquals("s-5", page.at("/sales/0/saleId").asText());
        assertNotNull(page.get("nextCursor"));
    }

    @Test
    void aSaleLooksAsThePosSentItToTheWebhook() {
        Sale refund = new Sale("r-9", SaleType.RETURN, "s-1", "moscow-1",
                OffsetDateTime.parse("2025-10-05T18:30:00+03:00"), anna(),
                List.of(new SaleLine("A1", "coffee", "Beans 1 kg", new BigDecimal("2"), new BigDecimal("950.00"),
                        new BigDecimal("100.00"))),
                new BigDecimal("1800.00"), "RUB", new BigDecimal("0.00"));
        fixture.seed("C-1001", purchase("s-1", anna(), "2025-09-01T12:00:00+03:00", "1800.00"), refund);

        APIGatewayV2HTTPResponse response = fixture.sales("C-1001", Map.of("limit", "1"));
        JsonNode sale = json(response).at("/sales/0");

        assertEquals("r-9", sale.get("saleId").asText());
        assertEquals("RETURN", sale.get("type").asText());
        assertEquals("s-1", sale.get("originalSaleId").asText());
        assertEquals("moscow-1", sale.get("storeId").asText());
        assertEquals("2025-10-05T18:30:00+03:00", sale.get("occurredAt").asText(), "the POS's own offset, seconds kept");
        assertEquals("C-1001", sale.at("/customer/id").asText());
        assertEquals("+79161234567", sale.at("/customer/phone").asText());
        assertEquals(true, sale.at("/customer/consent/sms").asBoolean());
        assertEquals("A1", sale.at("/lines/0/sku").asText());
        assertEquals(2, sale.at("/lines/0/quantity").asInt());
        assertEquals("950.00", sale.at("/lines/0/price").decimalValue().toPlainString());
        assertEquals("1800.00", sale.get("total").decimalValue().toPlainString());
        assertEquals("RUB", sale.get("currency").asText());
        assertTrue(response.getBody().contains("\"total\":1800.00"), "money keeps two decimals on the wire");
        assertTrue(response.getBody().contains("\"bonusRedeemed\":0.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-1", "x", "1.5", "", "99999999999"})
    void aLimitOutside1To200Is400(String limit) {
        withFiveSales();

        APIGatewayV2HTTPResponse response = fixture.sales("C-1001", Map.of("limit", limit));

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("limit", errorField(response));
    }

    @Test
    void theLimitsThemselvesAreFine() {
        withFiveSales();

        assertEquals(1, json(fixture.sales("C-1001", Map.of("limit", "1"))).get("sales").size());
        assertEquals(5, json(fixture.sales("C-1001", Map.of("limit", "200"))).get("sales").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bm90LWEtY3Vyc29y", "%%%", "e30"})
    void aCursorThisApiDidNotHandOutIs400(String cursor) {
        withFiveSales();

        APIGatewayV2HTTPResponse response = fixture.sales("C-1001", Map.of("cursor", cursor));

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("cursor", errorField(response));
    }

    @Test
    void anotherCustomersCursorIs400() {
        withFiveSales();
        fixture.seed("C-2002", purchase("b-1", new io.winback.domain.SaleCustomer("C-2002", null, null, null, null,
                null, null, null, null), "2025-10-01T12:00:00+03:00", "10.00"), purchase("b-2",
                new io.winback.domain.SaleCustomer("C-2002", null, null, null, null, null, null, null, null),
                "2025-10-02T12:00:00+03:00", "10.00"));
        String borisCursor = json(fixture.sales("C-2002", Map.of("limit", "1"))).get("nextCursor").asText();

        APIGatewayV2HTTPResponse response = fixture.sales("C-1001", Map.of("cursor", borisCursor));

        assertEquals(400, response.getStatusCode());
        assertEquals("cursor", errorField(response));
    }

    @Test
    void anEmptyCursorMeansTheFirstPage() {
        withFiveSales();

        JsonNode page = json(fixture.sales("C-1001", Map.of("limit", "1", "cursor", "")));

        assertEquals("s-5", page.at("/sales/0/saleId").asText());
    }

    @Test
    void aRawQueryStringAloneIsRead() {
        withFiveSales();
        String cursor = json(fixture.sales("C-1001", Map.of("limit", "2"))).get("nextCursor").asText();

        JsonNode page = json(fixture.handler.handleRequest(unrouted("GET", "/v1/customers/C-1001/sales",
                "limit=2&cursor=" + cursor, null, TOKEN), null));

        assertEquals(List.of("s-3", "s-2"), List.of(page.at("/sales/0/saleId").asText(), page.at("/sales/1/saleId").asText()));
    }

    @Test
    void aCustomerWithoutSalesHasAnEmptyHistory() {
        fixture.customers.saveIfUnchanged(io.winback.domain.Customer.firstSeen("C-3003"), CustomerApiFixture.NOW);

        JsonNode page = json(fixture.sales("C-3003", null));

        assertEquals(0, page.get("sales").size());
        assertNull(page.get("nextCursor"));
    }

    @Test
    void cursorsAreOpaqueUrlSafeText() {
        withFiveSales();

        String cursor = json(fixture.sales("C-1001", Map.of("limit", "2"))).get("nextCursor").asText();

        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
        assertNotNull(Base64.getUrlDecoder().decode(cursor));
    }
}
