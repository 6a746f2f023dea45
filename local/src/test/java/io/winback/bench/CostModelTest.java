package io.winback.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The benchmark's cost arithmetic, checked by hand on round numbers so a slip in a price or a unit shows. */
class CostModelTest {

    @Test
    @SuppressWarnings("unchecked")
    void millionSalesInBatchesOfAHundredCostWhatTheTermsAddUpTo() {
        Map<String, Map<String, Object>> functions = Map.of(
                "ingest-sales", Map.of("invocations", 100, "avg_ms", 500.0),
                "customer-stats", Map.of("invocations", 200, "avg_ms", 100.0));

        Map<String, Object> cost = CostModel.perMillionSales(100, 3.0, 0.5, functions, 10_000);

        Map<String, Object> terms = (Map<String, Object>) ((Map<String, Object>) cost.get("batch100")).get("terms_usd");
        assertEquals(0.01, terms.get("http_api_requests"), "10,000 requests at $1 per million");
        assertEquals(0.002, terms.get("lambda_ingest_requests"), "10,000 invocations at $0.20 per million");
        assertEquals(0.067, terms.get("lambda_ingest_gb_seconds"), "10,000 × 0.5 s × 1 GB × $0.0000133334");
        assertEquals(0.004, terms.get("lambda_stats_requests"), "20,000 invocations (200 per 10,000 sales)");
        assertEquals(0.027, terms.get("lambda_stats_gb_seconds"), "20,000 × 0.1 s × 1 GB × $0.0000133334");
        assertEquals(1.875, terms.get("dynamodb_writes"), "3 million write units at $0.625 per million");
        assertEquals(0.063, terms.get("dynamodb_reads"), "0.5 million read units at $0.125 per million");
        assertEquals(2.048, cost.get("usd_per_million_sales_batch100"));
    }
}
