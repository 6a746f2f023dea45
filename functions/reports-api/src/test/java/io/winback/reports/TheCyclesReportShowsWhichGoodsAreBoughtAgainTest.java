package io.winback.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.Sale;
import io.winback.report.CsvWriter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Receipts through the webhook's store and the stats function's stream, then {@code GET /v1/reports/cycles}: dog food
 * bought every 60 days by 200 customers shows a 60-day cycle with its evidence, enough to trust; lenses bought by
 * three customers show theirs and say what is missing; a redelivered stream changes nothing.
 */
class TheCyclesReportShowsWhichGoodsAreBoughtAgainTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
    private final ReportsShop shop = new ReportsShop();

    private void sellDogFoodAndLenses() {
        List<Sale> receipts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int visit = 0; visit < 3; visit++) {
            for (int c = 0; c < 200; c++) {
                receipts.add(ReportsShop.purchase("df-" + c + "-" + visit, ReportsShop.customer("C-" + c, null, null,
                        null, null), "store-1", FIRST.plusDays(60L * visit).toString(), "0",
                        ReportsShop.line("DF-1", "dogfood", "1", "1500", "0")));
            }
            for (int c = 0; c < 3; c++) {
                receipts.add(ReportsShop.purchase("ln-" + c + "-" + visit, ReportsShop.customer("L-" + c, null, null,
                        null, null), "store-1", FIRST.plusDays(30L * visit).toString(), "0",
                        ReportsShop.line("LN-1", "lenses", "1", "900", "0")));
            }
        }
        shop.sell(receipts);
        receipts.forEach(sale -> ids.add(sale.saleId()));
        shop.stream(ids);
    }

    @Test
    void dogFoodShowsA60DayCycleWithItsEvidenceAndLensesSayWhatIsMissing() {
        sellDogFoodAndLenses();

        APIGatewayV2HTTPResponse response = shop.get("/v1/reports/cycles", Map.of("lang", "en"));

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode body = ReportsShop.json(response);
        assertEquals(30, body.get("minimumEvidence").get("intervals").asInt());
        JsonNode dogfood = body.get("groups").get(0);
        assertEquals("dogfood", dogfood.get("group").asText());
        assertEquals(60, dogfood.get("cycleDays").asInt());
        assertEquals(60, dogfood.get("lowerQuartileDays").asInt());
        assertEquals(60, dogfood.get("upperQuartileDays").asInt());
        assertEquals(400, dogfood.get("intervals").asInt());
        assertEquals(200, dogfood.get("customers").asInt());
        assertTrue(dogfood.get("enoughEvidence").asBoolean());
        assertFalse(dogfood.has("shortfall"));
        JsonNode lenses = body.get("groups").get(1);
        assertEquals("lenses", lenses.get("group").asText());
        assertEquals(30, lenses.get("cycleDays").asInt());
        assertEquals(6, lenses.get("intervals").asInt());
        assertFalse(lenses.get("enoughEvidence").asBoolean());
        assertEquals("6 intervals from 3 customers; a learned cycle needs at least 30 intervals from 10 customers",
                lenses.get("shortfall").asText());
        assertEquals(2, body.get("groups").size());
    }

    @Test
    void theCsvOpensInRussianExcel() {
        sellDogFoodAndLenses();

        APIGatewayV2HTTPResponse response = shop.get("/v1/reports/cycles", Map.of("format", "csv"));

        assertEquals(200, response.getStatusCode());
        assertEquals(CsvWriter.BYTE_ORDER_MARK + "группа;цикл, дней;нижний квартиль, дней;верхний квартиль, дней;"
                + "интервалов;покупателей;достаточно данных;чего не хватает\r\n"
                + "dogfood;60;60;60;400;200;да;\r\n"
                // The shortfall holds the separator, so it is quoted.
                + "lenses;30;30;30;6;3;нет;\"6 интервалов, 3 покупателя; для цикла нужно минимум 30 интервалов "
                + "и 10 покупателей\"\r\n", response.getBody());
    }

    @Test
    void aShopWithoutRepeatPurchasesHasNoGroupsYet() {
        APIGatewayV2HTTPResponse response = shop.get("/v1/reports/cycles", Map.of());

        assertEquals(200, response.getStatusCode());
        assertEquals(0, ReportsShop.json(response).get("groups").size());
    }
}
