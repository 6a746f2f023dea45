package io.winback.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.RefundableSale;
import io.winback.domain.ReturnCheck;
import io.winback.domain.Sale;
import io.winback.domain.SaleType;
import io.winback.domain.SalesStore;
import io.winback.json.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * October: Anna returns part of a sale Winback holds (matched, checked against it) and goods bought before Winback
 * was installed (unmatched: nothing to check it against). The metrics count both returns and refunds, and say how
 * many returns were unmatched, in JSON and in CSV.
 */
class ReturnsOfSalesWinbackNeverSawAreCountedAsUnmatchedTest {
    private final ReportsShop shop = new ReportsShop();

    @Test
    void theMetricsSayHowManyReturnsHadNoOriginalSale() throws Exception {
        var anna = ReportsShop.customer("anna", "Анна", null, true, null);
        Sale bought = ReportsShop.purchase("s-1", anna, "A", "2026-10-05", "0",
                ReportsShop.line("beans", "coffee", "1", "1000", "0"));
        shop.sell(List.of(bought));
        Sale matched = withOriginal(ReportsShop.refund("r-1", anna, "A", "2026-10-06"), "s-1", "300");
        Sale unmatched = withOriginal(ReportsShop.refund("r-2", anna, "A", "2026-10-07"), "sold-in-2019", "200");
        var against = new ReturnCheck.Verdict.Against(new RefundableSale("s-1", bought.customerKey(), SaleType.SALE,
                bought.total(), BigDecimal.ZERO.setScale(2)), BigDecimal.ZERO.setScale(2), matched.total());
        assertInstanceOf(SalesStore.ReturnWrite.Stored.class, shop.sales.recordReturn(matched, ReportsShop.NOW, against));
        assertEquals(SalesStore.Outcome.ACCEPTED, shop.sales.record(unmatched, ReportsShop.NOW));

        Map<String, String> query = Map.of("from", "2026-10-01", "to", "2026-10-31");
        APIGatewayV2HTTPResponse json = shop.get("/v1/reports/metrics", query);
        APIGatewayV2HTTPResponse csvEn = shop.get("/v1/reports/metrics", Map.of("from", "2026-10-01",
                "to", "2026-10-31", "format", "csv", "lang", "en"));

        assertEquals(200, json.getStatusCode(), json.getBody());
        JsonNode m = Json.readTree(json.getBody());
        assertEquals(2, m.get("returns").asInt());
        assertEquals(0, new BigDecimal("500").compareTo(m.get("refunds").decimalValue()));
        assertEquals(1, m.get("unmatchedReturns").asInt());
        assertEquals(200, csvEn.getStatusCode(), csvEn.getBody());
        assertTrue(csvEn.getBody().contains("unmatchedReturns;1") || csvEn.getBody().contains("unmatchedReturns,1"),
                csvEn.getBody());
    }

    private static Sale withOriginal(Sale ret, String originalSaleId, String total) {
        return new Sale(ret.saleId(), ret.type(), originalSaleId, ret.storeId(), ret.occurredAt(), ret.customer(),
                ret.lines(), new BigDecimal(total).setScale(2), ret.currency(), ret.bonusRedeemed());
    }
}
