package io.winback.ingest;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static io.winback.ingest.PosPostsSignedSalesTest.body;
import static io.winback.ingest.WebhookRequests.sale;
import static io.winback.ingest.WebhookRequests.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A shop counts in one currency (DEFAULT_CURRENCY): a receipt in another is refused at the webhook, so no USD total is
 * ever added to roubles in the average check, the bonus cap, the metrics or the campaign reports.
 */
class AReceiptInAnotherCurrencyThanTheShopsIsRefusedTest {
    private static final String GOOD = sale("s-1", "C-1", "2025-11-20T14:05:00+03:00", "900");

    private static Shop shop(String currency) {
        Map<String, String> env = new HashMap<>(Map.of(WinbackConfig.WEBHOOK_SECRETS, WebhookRequests.SECRET));
        if (currency != null) {
            env.put(WinbackConfig.DEFAULT_CURRENCY, currency);
        }
        WinbackConfig config = LocalDynamo.freshTables(env);
        return new Shop(config, new IngestSalesHandler(LocalDynamo.client(), config,
                Clock.fixed(Instant.ofEpochSecond(WebhookRequests.NOW), ZoneOffset.UTC), CapacityMeter.NONE));
    }

    private record Shop(WinbackConfig config, IngestSalesHandler handler) {
        APIGatewayV2HTTPResponse post(String sale) {
            return handler.handleRequest(signed("{\"sales\":[" + sale + "]}"), null);
        }

        String storedCurrency() {
            return LocalDynamo.item(config.salesTable(), "saleId", "s-1").get("currency").s();
        }
    }

    @Test
    void aUsdReceiptInARoubleShopIsA400AndNothingIsStored() {
        Shop rub = shop(null);

        APIGatewayV2HTTPResponse response = rub.post(GOOD.replace("\"total\":900", "\"total\":900,\"currency\":\"USD\""));

        assertEquals(400, response.getStatusCode(), response.getBody());
        JsonNode error = body(response).get("errors").get(0);
        assertEquals("currency", error.get("field").asText());
        assertEquals("is USD, but this shop counts in RUB (DEFAULT_CURRENCY) and never mixes currencies; send the"
                + " receipt in RUB, or leave currency out", error.get("message").asText());
        assertEquals(0, LocalDynamo.scan(rub.config().salesTable()).size());
    }

    @Test
    void theShopsOwnCurrencyNamedOrLeftOutIsStoredAsIt() {
        Shop rub = shop(null);
        assertEquals(200, rub.post(GOOD).getStatusCode());
        assertEquals("RUB", rub.storedCurrency());

        Shop usd = shop("USD");
        assertEquals(200, usd.post(GOOD.replace("\"total\":900", "\"total\":900,\"currency\":\"USD\"")).getStatusCode());
        assertEquals("USD", usd.storedCurrency());
    }
}
