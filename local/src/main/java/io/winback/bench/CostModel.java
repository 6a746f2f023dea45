package io.winback.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cost of one million sales at published on-demand prices (eu-central-1 list prices of late 2025, arm64 Lambda as
 * the template deploys it), from units and handler times measured in the same run.
 */
final class CostModel {
    static final double DYNAMODB_PER_MILLION_WRU = 0.625;
    static final double DYNAMODB_PER_MILLION_RRU = 0.125;
    static final double LAMBDA_PER_MILLION_REQUESTS = 0.20;
    static final double LAMBDA_PER_GB_SECOND_ARM64 = 0.0000133334;
    static final double HTTP_API_PER_MILLION_REQUESTS = 1.00;
    /** MemorySize in template.yaml's Globals. */
    static final double FUNCTION_MEMORY_GB = 1024 / 1024.0;

    private CostModel() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> perMillionSales(int batch, double wruPerSale, double rruPerSale,
                                               Map<String, Map<String, Object>> functions, int salesMeasured) {
        double million = 1_000_000;
        Map<String, Object> ingest = functions.get("ingest-sales");
        Map<String, Object> stats = functions.get("customer-stats");
        double ingestInvocations = million / batch;
        double ingestSeconds = ((Number) ingest.get("avg_ms")).doubleValue() / 1000;
        double statsInvocationsPerSale = ((Number) stats.get("invocations")).doubleValue() / salesMeasured;
        double statsInvocations = million * statsInvocationsPerSale;
        double statsSeconds = ((Number) stats.get("avg_ms")).doubleValue() / 1000;

        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("http_api_requests", Benchmark.round(ingestInvocations / million * HTTP_API_PER_MILLION_REQUESTS));
        terms.put("lambda_ingest_requests", Benchmark.round(ingestInvocations / million * LAMBDA_PER_MILLION_REQUESTS));
        terms.put("lambda_ingest_gb_seconds", Benchmark.round(ingestInvocations * ingestSeconds * FUNCTION_MEMORY_GB
                * LAMBDA_PER_GB_SECOND_ARM64));
        terms.put("lambda_stats_requests", Benchmark.round(statsInvocations / million * LAMBDA_PER_MILLION_REQUESTS));
        terms.put("lambda_stats_gb_seconds", Benchmark.round(statsInvocations * statsSeconds * FUNCTION_MEMORY_GB
                * LAMBDA_PER_GB_SECOND_ARM64));
        terms.put("dynamodb_writes", Benchmark.round(wruPerSale * DYNAMODB_PER_MILLION_WRU));
        terms.put("dynamodb_reads", Benchmark.round(rruPerSale * DYNAMODB_PER_MILLION_RRU));
        double total = terms.values().stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("usd_per_million_sales_batch" + batch, Benchmark.round(total));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("ingest_invocations", ingestInvocations);
        inputs.put("ingest_avg_ms", ingestSeconds * 1000);
        inputs.put("stats_invocations", Benchmark.round(statsInvocations));
        inputs.put("stats_avg_ms", statsSeconds * 1000);
        inputs.put("wru_per_sale", wruPerSale);
        inputs.put("rru_per_sale", rruPerSale);
        out.put("batch" + batch, Map.of("terms_usd", terms, "inputs", inputs));
        return out;
    }
}
