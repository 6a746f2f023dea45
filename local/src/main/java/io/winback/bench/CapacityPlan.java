package io.winback.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The capacity plan of docs/capacity.md, computed from the units and times this run measured and AWS's published
 * limits and prices: a chain of {@link #STORES} stores, {@link #CUSTOMERS} customers, {@link #RECEIPTS_PER_DAY}
 * receipts a day with an evening peak {@link #PEAK_FACTOR} times the day's mean rate, {@link #SEGMENTS} segments and
 * {@link #TOUCHES_PER_DAY} touches a day sent within the {@link #SENDING_HOURS} hours outside quiet hours.
 * Every figure is arithmetic on a measured one; each limit is listed with its share at the plan's peak, the nearest
 * first.
 */
final class CapacityPlan {
    static final int STORES = 500;
    static final long CUSTOMERS = 10_000_000L;
    static final long RECEIPTS_PER_DAY = 1_000_000L;
    static final double PEAK_FACTOR = 5;
    static final int SEGMENTS = 50;
    static final long TOUCHES_PER_DAY = 300_000L;
    static final double SENDING_HOURS = 12;
    static final double DAYS_PER_MONTH = 30.4;

    // AWS's published limits (docs/capacity.md cites each).
    static final double PARTITION_WCU = 1_000;
    static final double TABLE_ON_DEMAND_WRU = 40_000;
    static final double HTTP_API_RATE = 100; // template.yaml's stage throttle (ThrottlingRateLimit)
    static final double LAMBDA_CONCURRENCY = 1_000;
    static final double SES_DAILY_QUOTA = 50_000; // a new production account's quota, raised on request
    static final double SES_RATE = 14;
    static final double SNS_SPEND_LIMIT_USD = 1;
    static final double SENDS_PER_SECOND = 10 * 2; // template defaults: SendsPerSecond × WorkerConcurrency
    static final double PARTITION_BYTES = 10e9;

    // Prices (us-east-1, on demand and provisioned).
    static final double USD_PER_MILLION_WRU = 0.625;
    static final double USD_PER_MILLION_RRU = 0.125;
    static final double USD_PER_WCU_HOUR = 0.00065;
    static final double USD_PER_RCU_HOUR = 0.00013;
    static final double USD_PER_GB_MONTH = 0.25;
    static final double PROVISIONED_TARGET_UTILISATION = 0.7;

    private final Map<String, Object> results;

    CapacityPlan(Map<String, Object> results) {
        this.results = results;
    }

    static double peakReceiptsPerSecond() {
        return RECEIPTS_PER_DAY / 86_400.0 * PEAK_FACTOR;
    }

    Map<String, Object> compute() {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("inputs", Map.of("stores", STORES, "customers", CUSTOMERS, "receipts_per_day", RECEIPTS_PER_DAY,
                "peak_factor", PEAK_FACTOR, "segments", SEGMENTS, "touches_per_day", TOUCHES_PER_DAY,
                "sending_hours", SENDING_HOURS));
        double peak = peakReceiptsPerSecond();
        double touchesPerSecond = TOUCHES_PER_DAY / (SENDING_HOURS * 3600);
        double wruPerReceipt = figure("peak", "wru_per_receipt");
        double rruPerReceipt = figure("peak", "rru_per_receipt");
        // Measured as a difference of two runs: below zero is noise, no saving.
        double segmentWru = Math.max(0, figure("segments", "stream_added_wru_per_sale")) * SEGMENTS / 20.0;
        double segmentRru = Math.max(0, figure("segments", "stream_added_rru_per_sale"));
        double wruPerTouch = figure("chains", "inputs", "wru_per_touch");
        double rruPerTouch = figure("chains", "inputs", "rru_per_touch");

        Map<String, Object> atPeak = new LinkedHashMap<>();
        atPeak.put("receipts_per_s", round(peak));
        atPeak.put("touches_per_s", round(touchesPerSecond));
        Map<String, Object> byTable = new LinkedHashMap<>();
        ((Map<?, ?>) block("peak").get("wru_per_receipt_by_table")).forEach((where, perReceipt) ->
                byTable.put(String.valueOf(where), round(((Number) perReceipt).doubleValue() * peak)));
        atPeak.put("receipts_wru_per_s_by_table", byTable);
        double receiptsWru = (wruPerReceipt + segmentWru) * peak;
        double touchesWru = wruPerTouch * touchesPerSecond;
        atPeak.put("receipts_wru_per_s", round(receiptsWru));
        atPeak.put("segments_stream_wru_per_s", round(segmentWru * peak));
        atPeak.put("touches_wru_per_s", round(touchesWru));
        atPeak.put("wru_per_s", round(receiptsWru + touchesWru));
        atPeak.put("rru_per_s", round((rruPerReceipt + segmentRru) * peak + rruPerTouch * touchesPerSecond));
        plan.put("at_peak", atPeak);

        // Hot keys: one GSI partition takes a whole shop day of receipts; one item takes every stats invocation.
        double byDay = number(byTable.get("sales/byDay"));
        double shards = streamShards();
        Map<String, Object> hot = new LinkedHashMap<>();
        hot.put("sales_byDay_partition_wru_per_s", round(byDay));
        hot.put("sales_byDay_partition_share", round(byDay / PARTITION_WCU));
        hot.put("shop_totals_item_updates_per_s", round(shards));
        hot.put("shop_totals_item_share", round(shards / PARTITION_WCU));
        hot.put("shop_totals_sharded", false);
        plan.put("hot_keys", hot);

        Map<String, Object> lambda = new LinkedHashMap<>();
        lambda.put("sales_stream_shards_after_a_year", round(shards));
        lambda.put("ingest_concurrency_at_peak", round(figure("peak", "ingest_concurrency_at_peak")));
        lambda.put("stats_concurrency", round(shards));
        lambda.put("worker_concurrency", 2);
        plan.put("lambda", lambda);

        // Messages: the touch mix the chains phase measured (SMS parts and emails per touch).
        double touches = figure("chains", "inputs", "touches");
        double smsPartsPerTouch = figure("chains", "inputs", "sms_parts") / touches;
        double emailsPerTouch = figure("chains", "inputs", "emails") / touches;
        double usdPerPart = figure("chains", "inputs", "usd_per_sms_part");
        Map<String, Object> messages = new LinkedHashMap<>();
        messages.put("sms_parts_per_day", round(TOUCHES_PER_DAY * smsPartsPerTouch));
        messages.put("emails_per_day", round(TOUCHES_PER_DAY * emailsPerTouch));
        messages.put("sends_per_s_needed", round(touchesPerSecond));
        messages.put("sends_per_s_configured", SENDS_PER_SECOND);
        double smsUsdPerMonth = TOUCHES_PER_DAY * smsPartsPerTouch * usdPerPart * DAYS_PER_MONTH;
        messages.put("sms_usd_per_month", round(smsUsdPerMonth));
        messages.put("sms_parts_within_default_spend_limit", Math.floor(SNS_SPEND_LIMIT_USD / usdPerPart));
        plan.put("messages", messages);

        plan.put("cost_per_month_usd", cost(peak, wruPerReceipt + segmentWru, rruPerReceipt + segmentRru,
                wruPerTouch, rruPerTouch, smsUsdPerMonth));
        plan.put("limits", limits(peak, receiptsWru + touchesWru, byDay, shards, touchesPerSecond,
                touchesPerSecond * emailsPerTouch, TOUCHES_PER_DAY * emailsPerTouch, smsUsdPerMonth));
        return plan;
    }

    private Map<String, Object> cost(double peak, double wruPerReceipt, double rruPerReceipt, double wruPerTouch,
                                     double rruPerTouch, double smsUsdPerMonth) {
        double receiptsPerMonth = RECEIPTS_PER_DAY * DAYS_PER_MONTH;
        double touchesPerMonth = TOUCHES_PER_DAY * DAYS_PER_MONTH;
        // The daily jobs read every card once a day each: the check reads only the due, the RFM/ABC and timing jobs
        // the base (their read units per customer as measured).
        double jobsRruPerMonth = CUSTOMERS * DAYS_PER_MONTH * (figure("segments", "rru_per_customer")
                + optional("timing", "rru_per_customer", 0.5));
        double wru = receiptsPerMonth * wruPerReceipt + touchesPerMonth * wruPerTouch;
        double rru = receiptsPerMonth * rruPerReceipt + touchesPerMonth * rruPerTouch + jobsRruPerMonth;
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("dynamodb_on_demand_writes", round(wru * USD_PER_MILLION_WRU / 1e6));
        cost.put("dynamodb_on_demand_reads", round(rru * USD_PER_MILLION_RRU / 1e6));
        // Provisioned: capacity for the mean hour's load and for the peak hour's, at the utilisation auto scaling
        // aims for; the jobs' reads spread over their hour.
        double meanWcu = wru / (DAYS_PER_MONTH * 86_400);
        double meanRcu = rru / (DAYS_PER_MONTH * 86_400);
        double hours = DAYS_PER_MONTH * 24;
        double autoScaled = (meanWcu * USD_PER_WCU_HOUR + meanRcu * USD_PER_RCU_HOUR) * hours
                / PROVISIONED_TARGET_UTILISATION; // scaling follows the day's curve: its mean, at the target
        double peakWcu = wruPerReceipt * peak + wruPerTouch * TOUCHES_PER_DAY / (SENDING_HOURS * 3600);
        double flatAtPeak = (peakWcu * USD_PER_WCU_HOUR + meanRcu * 3 * USD_PER_RCU_HOUR) * hours
                / PROVISIONED_TARGET_UTILISATION;
        cost.put("dynamodb_provisioned_auto_scaled", round(autoScaled));
        cost.put("dynamodb_provisioned_flat_at_peak", round(flatAtPeak));
        double storageGb = storedBytesAfterAYear() / 1e9;
        cost.put("dynamodb_storage_after_a_year", round(storageGb * USD_PER_GB_MONTH));
        double perMillionSales = figure("cost", "usd_per_million_sales_batch1")
                - figure("cost", "batch1", "terms_usd", "dynamodb_writes")
                - figure("cost", "batch1", "terms_usd", "dynamodb_reads");
        cost.put("lambda_and_http_api_receipts", round(perMillionSales * receiptsPerMonth / 1e6));
        double perThousandTouches = figure("chains", "usd_per_1000_touches_platform")
                - figure("chains", "platform_terms_usd", "dynamodb_writes")
                - figure("chains", "platform_terms_usd", "dynamodb_reads");
        cost.put("lambda_and_sqs_touches", round(perThousandTouches / 1000 * touchesPerMonth));
        cost.put("sms_apart", round(smsUsdPerMonth));
        return cost;
    }

    private List<Map<String, Object>> limits(double peak, double wruPerSecond, double byDay, double shards,
                                             double touchesPerSecond, double emailsPerSecond, double emailsPerDay,
                                             double smsUsdPerMonth) {
        List<Map<String, Object>> limits = new ArrayList<>();
        limits.add(limit("SNS monthly SMS spend limit (default 1 USD)", smsUsdPerMonth, SNS_SPEND_LIMIT_USD));
        limits.add(limit("SES daily sending quota (50,000 a day for a new production account)", emailsPerDay,
                SES_DAILY_QUOTA));
        limits.add(limit("HTTP API stage throttle (100 requests/s, template)", peak, HTTP_API_RATE));
        limits.add(limit("chain worker sends/s (SendsPerSecond 10 × WorkerConcurrency 2)", touchesPerSecond,
                SENDS_PER_SECOND));
        limits.add(limit("SES sending rate (14 emails/s, new production account)", emailsPerSecond, SES_RATE));
        limits.add(limit("Sales byDay index: one partition a shop day (1,000 WCU)", byDay, PARTITION_WCU));
        limits.add(limit("on-demand table throughput (40,000 WRU/s default)", wruPerSecond, TABLE_ON_DEMAND_WRU));
        limits.add(limit("Lambda concurrency (1,000 a region)", shards + 2 + figure("peak", "ingest_concurrency_at_peak"),
                LAMBDA_CONCURRENCY));
        limits.add(limit("shop-totals item (one partition, 1,000 WCU)", shards, PARTITION_WCU));
        limits.sort(Comparator.comparingDouble(l -> -((Number) l.get("share")).doubleValue()));
        return limits;
    }

    private static Map<String, Object> limit(String name, double atPlan, double limit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("limit", name);
        row.put("at_plan", round(atPlan));
        row.put("of", limit);
        row.put("share", round(atPlan / limit));
        return row;
    }

    /** Receipts of a year with their two index entries, and the cards: the stream's shards follow the partitions. */
    private double storedBytesAfterAYear() {
        double receiptBytes = 3 * 2.2 * figure("raw", "sale_json_bytes"); // item and two index copies, as stored
        double cardBytes = 1_500;
        return RECEIPTS_PER_DAY * 365 * receiptBytes + CUSTOMERS * cardBytes;
    }

    private double streamShards() {
        double salesBytes = RECEIPTS_PER_DAY * 365 * 2.2 * figure("raw", "sale_json_bytes");
        return Math.max(1, Math.ceil(salesBytes / PARTITION_BYTES));
    }

    private Map<?, ?> block(String name) {
        Object block = results.get(name);
        if (!(block instanceof Map<?, ?> map)) {
            throw new IllegalStateException("the capacity plan needs the " + name + " phase's figures");
        }
        return map;
    }

    private double figure(String... path) {
        Object at = results;
        for (String step : path) {
            if (!(at instanceof Map<?, ?> map) || !map.containsKey(step)) {
                throw new IllegalStateException("the capacity plan needs " + String.join(".", path));
            }
            at = map.get(step);
        }
        return ((Number) at).doubleValue();
    }

    private double optional(String block, String key, double otherwise) {
        Object found = results.get(block) instanceof Map<?, ?> map ? map.get(key) : null;
        return found instanceof Number n ? n.doubleValue() : otherwise;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static double round(double value) {
        return Benchmark.round(value);
    }
}
