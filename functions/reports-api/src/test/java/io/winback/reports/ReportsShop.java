package io.winback.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.consent.Consent;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleLine;
import io.winback.domain.SaleType;
import io.winback.domain.SalesStore;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoEpisodes;
import io.winback.dynamo.DynamoTouches;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.stats.CustomerStatsHandler;
import io.winback.testing.ApiAnswers;
import io.winback.testing.HttpApiEvents;
import io.winback.testing.LocalDynamo;
import io.winback.testing.SalesStream;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shop on DynamoDB Local with fresh tables: receipts go in as the webhook stores them and the stats function
 * applies them from the stream (which writes the buyers index), and the real reports handler answers.
 */
final class ReportsShop {
    /** The token of the sample events in events/. */
    static final String TOKEN = "test-api-token";
    static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");

    /** The token of the staff of moscow-1: no report is theirs. */
    static final String STAFF_TOKEN = "moscow-1-staff-token";
    final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS,
            TOKEN + ",staff@moscow-1:" + STAFF_TOKEN));
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final SalesStore sales = new DynamoSalesStore(LocalDynamo.client(), config.salesTable(), CapacityMeter.NONE,
            config.shopZone());
    final DynamoCustomerStore customers = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
            new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test");
    final DynamoEpisodes episodes = new DynamoEpisodes(LocalDynamo.client(), config.chains().chainsTable(),
            CapacityMeter.NONE, "test");
    final DynamoTouches touches = new DynamoTouches(LocalDynamo.client(), config.chains().chainsTable(),
            CapacityMeter.NONE, "test");
    private final CustomerStatsHandler stats = new CustomerStatsHandler(LocalDynamo.client(), config, clock,
            CapacityMeter.NONE);
    final ReportsApiHandler reports = new ReportsApiHandler(LocalDynamo.client(), config, clock);

    /** StoreFilter the receipts as the webhook does, then hands them to the stats function as one stream batch. */
    void sell(List<Sale> receipts) {
        List<String> ids = new ArrayList<>();
        for (Sale sale : receipts) {
            assertEquals(SalesStore.Outcome.ACCEPTED, sales.record(sale, NOW));
            ids.add(sale.saleId());
        }
        stream(ids);
    }

    /** Hands the stored sales {@code ids} to the stats function as the stream does (again, for a redelivery). */
    void stream(List<String> ids) {
        for (int from = 0; from < ids.size(); from += 100) {
            var answer = stats.handleRequest(SalesStream.batchOf(config.salesTable(),
                    ids.subList(from, Math.min(ids.size(), from + 100))), null);
            assertTrue(answer.getBatchItemFailures().isEmpty(), "the stats function applied the batch");
        }
    }

    /** A customer as the till sends them: id, phone, email, name and consent. */
    static SaleCustomer customer(String id, String name, String email, Boolean sms, Boolean emailConsent) {
        return new SaleCustomer(id, "+7916" + String.format("%07d", Math.abs(id.hashCode()) % 10_000_000), email,
                null, name, null, null, null, new Consent(sms, emailConsent));
    }

    static SaleLine line(String sku, String group, String quantity, String price, String discount) {
        return new SaleLine(sku, group, sku + " item", new BigDecimal(quantity), new BigDecimal(price).setScale(2),
                new BigDecimal(discount).setScale(2));
    }

    /** A purchase at noon Moscow time on {@code day}; its total is what its lines come to. */
    static Sale purchase(String saleId, SaleCustomer who, String store, String day, String bonus, SaleLine... lines) {
        return receipt(saleId, SaleType.SALE, who, store, day, bonus, lines);
    }

    static Sale refund(String saleId, SaleCustomer who, String store, String day, SaleLine... lines) {
        return receipt(saleId, SaleType.RETURN, who, store, day, "0", lines);
    }

    private static Sale receipt(String saleId, SaleType type, SaleCustomer who, String store, String day, String bonus,
                                SaleLine... lines) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (SaleLine line : lines) {
            total = total.add(line.price().multiply(line.quantity()).subtract(line.discount()));
        }
        return new Sale(saleId, type, type == SaleType.RETURN ? "original-" + saleId : null, store,
                OffsetDateTime.parse(day + "T12:00:00+03:00"), who, List.of(lines), total.setScale(2,
                java.math.RoundingMode.HALF_UP), "RUB", new BigDecimal(bonus).setScale(2));
    }

    APIGatewayV2HTTPResponse get(String path, Map<String, String> query) {
        return get(path, query, TOKEN);
    }

    /**
     * {@code GET path?query} as API Gateway routes it, once the Chains table's stream is counted into the kept
     * figures (the deployed reader does that within a second of each write).
     */
    APIGatewayV2HTTPResponse get(String path, Map<String, String> query, String token) {
        io.winback.testing.ChainsStream.countKeptFigures(config.chains().chainsTable(), clock);
        return reports.handleRequest(HttpApiEvents.request("GET", "GET " + path, path, query, null,
                token == null ? null : "Bearer " + token), null);
    }

    static JsonNode json(APIGatewayV2HTTPResponse response) {
        return ApiAnswers.json(response);
    }

    /** Each error of an error answer as "field: message". */
    static List<String> errors(APIGatewayV2HTTPResponse response) {
        return ApiAnswers.errors(response);
    }

    /** The fields each error names, in order. */
    static List<String> errorFields(APIGatewayV2HTTPResponse response) {
        return errors(response).stream().map(e -> e.substring(0, e.indexOf(':'))).toList();
    }

}
