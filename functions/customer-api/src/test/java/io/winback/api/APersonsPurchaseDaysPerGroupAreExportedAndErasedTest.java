package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.cycles.PurchaseCycles;
import io.winback.domain.Sale;
import io.winback.domain.SaleLine;
import io.winback.domain.SaleType;
import io.winback.json.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static io.winback.api.CustomerApiFixture.anna;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The purchase days per product group the replenishment cycles keep of a customer are theirs: the export lists them,
 * the erasure removes them and counts them, and the group's interval counts stay (no one in them).
 */
class APersonsPurchaseDaysPerGroupAreExportedAndErasedTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    private static Sale dogFood(String saleId, String at) {
        return new Sale(saleId, SaleType.SALE, null, "store-1", OffsetDateTime.parse(at), anna(),
                List.of(new SaleLine("DF-1", "dogfood", "Dog food", BigDecimal.ONE, new BigDecimal("1500.00"), null)),
                new BigDecimal("1500.00"), "RUB", BigDecimal.ZERO.setScale(2));
    }

    @Test
    void theExportListsThemAndTheErasureRemovesThem() throws Exception {
        new PurchaseCycles(fixture.cycles, fixture.config.shopZone()).record("C-1001", List.of(
                dogFood("df-1", "2025-09-01T12:00:00+03:00"), dogFood("df-2", "2025-10-31T12:00:00+03:00")));

        APIGatewayV2HTTPResponse export = fixture.call("GET", Routes.CUSTOMER_EXPORT, "C-1001", null, null,
                CustomerApiFixture.TOKEN);
        JsonNode cycles = Json.readTree(export.getBody()).get("purchaseCycles");
        assertEquals(1, cycles.size(), export.getBody());
        assertEquals("dogfood", cycles.get(0).get("group").asText());
        assertEquals("2025-10-31", cycles.get(0).get("lastPurchaseDay").asText());
        assertEquals(60, cycles.get(0).get("intervalsDays").get(0).asInt());
        assertEquals("df-1", cycles.get(0).get("purchaseDays").get(0).get("saleIds").get(0).asText());

        APIGatewayV2HTTPResponse erased = fixture.call("DELETE", Routes.CUSTOMER, "C-1001", null, null,
                CustomerApiFixture.TOKEN);

        assertEquals(200, erased.getStatusCode(), erased.getBody());
        assertEquals(1, Json.readTree(erased.getBody()).get("erased").get("purchaseCycles").asInt());
        assertTrue(fixture.cycles.allOf("C-1001").isEmpty());
        assertEquals(60, fixture.cycles.all().getFirst().histogram().quantile(0.5), "the group's counts stay");
    }
}
