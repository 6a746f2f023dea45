package io.winback.bench;

import io.winback.config.WinbackConfig;
import io.winback.cycles.GroupCycle;
import io.winback.cycles.GroupPurchases;
import io.winback.cycles.IntervalHistogram;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.json.Json;
import io.winback.local.LocalSystem;
import io.winback.time.WallClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The learned cycles held against a shop whose cycles are known ({@link SampleShop}): its receipts before the held-out
 * month go through the real path (signed webhook batches of 100 from 4 client threads, the Sales table, the stream
 * poller, the stats function that learns the cycles), the cycles are read back through the real
 * {@code GET /v1/reports/cycles}, and per group the learned median, quartiles and evidence are set beside the same
 * figures measured on the generated receipts. Then the refill reminder's timing for {@link #REFILL_GROUP}
 * ({@link RefillTiming}) from the customers' stored records against when they actually came back.
 */
final class CyclesBench {
    /**
     * About 11,000 receipts fed: every cyclic group has a thousand intervals or more from over a hundred customers,
     * and the phase stays within about two minutes on 2 shared cores (the stats function learns each group's cycle
     * in a transaction, which DynamoDB Local makes slow: about 110 receipts a second on a busy day here).
     */
    static final int CUSTOMERS = 600;
    static final String REFILL_GROUP = "dogfood";
    static final BigDecimal REMIND_AT = new BigDecimal("0.75");
    private static final int BATCH = 100;
    private static final int CLIENT_THREADS = 4;
    private static final String TOKEN = "bench-api-token";
    private static final AtomicInteger TABLE_SETS = new AtomicInteger();

    private final DynamoDbClient dynamo;
    private final DynamoDbStreamsClient streams;
    private final int customers;

    CyclesBench(DynamoDbClient dynamo, DynamoDbStreamsClient streams, int customers) {
        this.dynamo = dynamo;
        this.streams = streams;
        this.customers = customers;
    }

    /** {@code {"sample_shop": {…}, "dogfood": {…}, …, "refill_timing": {…}}}. */
    Map<String, Object> measure() throws Exception {
        SampleShop.History history = SampleShop.generate(customers);
        int n = TABLE_SETS.incrementAndGet();
        WinbackConfig config = WinbackConfig.from(Map.of(WinbackConfig.SALES_TABLE, "cycles-sales-" + n,
                WinbackConfig.CUSTOMERS_TABLE, "cycles-customers-" + n, WinbackConfig.CHAINS_TABLE,
                "cycles-chains-" + n, WinbackConfig.SALE_LINES_TABLE, "cycles-sale-lines-" + n,
                WinbackConfig.WEBHOOK_SECRETS, "bench-webhook-secret", WinbackConfig.API_TOKENS, TOKEN));
        List<SampleShop.Receipt> fed = history.fed();
        Map<String, Object> shop = new LinkedHashMap<>();
        shop.put("customers", customers);
        shop.put("seed", SampleShop.SEED);
        shop.put("receipts_fed", fed.size());
        shop.put("receipts_held_out", history.receipts().size() - fed.size());
        shop.put("held_out_from", history.heldOutFrom().toString());
        Map<String, Map<String, Object>> report;
        Map<String, GroupPurchases> records;
        try (LocalSystem system = new LocalSystem(dynamo, streams, config, WallClock.utc(), CapacityMeter.NONE, 0)) {
            long started = System.nanoTime();
            new WebhookPoster(system.baseUrl(), config.webhookSecrets().getFirst())
                    .postAll(Benchmark.requestBodies(saleJsons(fed, config.shopZone()), BATCH), CLIENT_THREADS);
            system.drain(Duration.ofMinutes(5));
            double seconds = (System.nanoTime() - started) / 1e9;
            shop.put("feed_seconds", Math.round(seconds));
            shop.put("receipts_per_s", Benchmark.round(fed.size() / seconds));
            report = cyclesReport(system.baseUrl());
            records = new DynamoPurchaseCycles(dynamo, config.chains().chainsTable(), CapacityMeter.NONE, "bench")
                    .findOfCustomers(REFILL_GROUP, history.purchaseDays(REFILL_GROUP, false).keySet());
        }
        Map<String, Object> cycles = new LinkedHashMap<>();
        cycles.put("sample_shop", shop);
        for (GroupRhythm rhythm : history.rhythms()) {
            cycles.put(rhythm.group(), group(rhythm, history.intervals(rhythm.group()), report.get(rhythm.group())));
        }
        Map<String, Object> refill = report.get(REFILL_GROUP);
        if (refill == null || !Boolean.TRUE.equals(refill.get("enoughEvidence"))) {
            throw new IllegalStateException("the sample shop's " + REFILL_GROUP + " cycle was not learned: " + refill);
        }
        cycles.put("refill_timing", new RefillTiming(groupCycle(refill), REMIND_AT).measure(records,
                history.purchaseDays(REFILL_GROUP, false), history.purchaseDays(REFILL_GROUP, true)));
        return cycles;
    }

    /** The generated truth of one group beside what the report learned (absent from the report: nothing learned). */
    private static Map<String, Object> group(GroupRhythm rhythm, List<Integer> intervals, Map<String, Object> learned) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("drawn_centre_days", rhythm instanceof GroupRhythm.Cyclic cyclic ? cyclic.centreDays() : null);
        Map<Integer, Long> counts = intervals.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        IntervalHistogram truth = IntervalHistogram.of(counts);
        // The same nearest-rank quantiles the learned cycle uses, on the generated receipts: like with like.
        boolean any = truth.intervals() > 0;
        figures.put("true_median_days", any ? truth.quantile(0.5) : null);
        figures.put("true_lower_quartile_days", any ? truth.quantile(0.25) : null);
        figures.put("true_upper_quartile_days", any ? truth.quantile(0.75) : null);
        figures.put("true_intervals", truth.intervals());
        figures.put("in_report", learned != null);
        figures.put("median_days", learned == null ? null : learned.get("cycleDays"));
        figures.put("lower_quartile_days", learned == null ? null : learned.get("lowerQuartileDays"));
        figures.put("upper_quartile_days", learned == null ? null : learned.get("upperQuartileDays"));
        figures.put("intervals", learned == null ? 0 : learned.get("intervals"));
        figures.put("customers", learned == null ? 0 : learned.get("customers"));
        figures.put("enough_evidence", learned != null && Boolean.TRUE.equals(learned.get("enoughEvidence")));
        figures.put("median_error_days", learned == null || !any ? null
                : ((Number) learned.get("cycleDays")).intValue() - truth.quantile(0.5));
        return figures;
    }

    private static GroupCycle groupCycle(Map<String, Object> row) {
        return new GroupCycle((String) row.get("group"), number(row, "cycleDays"), number(row, "lowerQuartileDays"),
                number(row, "upperQuartileDays"), number(row, "intervals"), number(row, "customers"),
                Boolean.TRUE.equals(row.get("enoughEvidence")), (String) row.get("shortfall"));
    }

    private static int number(Map<String, Object> row, String field) {
        return ((Number) row.get(field)).intValue();
    }

    /** {@code GET /v1/reports/cycles} through the HTTP stand-in, its groups by name. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> cyclesReport(URI base) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve("/v1/reports/cycles")).header("Authorization", "Bearer " + TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the cycles report answered " + response.statusCode() + ": "
                    + response.body());
        }
        Map<String, Map<String, Object>> groups = new HashMap<>();
        for (Object row : (List<Object>) Json.mapper().readValue(response.body(), Map.class).get("groups")) {
            Map<String, Object> group = (Map<String, Object>) row;
            groups.put((String) group.get("group"), group);
        }
        return groups;
    }

    /** Each receipt as the POS sends it: one line per group, at its minute of the day in the shop's time zone. */
    private static List<String> saleJsons(List<SampleShop.Receipt> receipts, ZoneId zone) {
        Map<String, GroupRhythm> rhythms = new HashMap<>();
        GroupRhythm.SAMPLE.forEach(rhythm -> rhythms.put(rhythm.group(), rhythm));
        List<String> jsons = new ArrayList<>(receipts.size());
        for (SampleShop.Receipt receipt : receipts) {
            List<Map<String, Object>> lines = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (String group : receipt.groups()) {
                GroupRhythm rhythm = rhythms.get(group);
                lines.add(Map.of("sku", rhythm.sku(), "group", group, "name", group, "quantity", 1,
                        "price", rhythm.price()));
                total = total.add(rhythm.price());
            }
            Map<String, Object> sale = new LinkedHashMap<>();
            sale.put("saleId", receipt.saleId());
            sale.put("storeId", "store-1");
            sale.put("occurredAt", receipt.day().atStartOfDay(zone).plusMinutes(receipt.minuteOfDay())
                    .toOffsetDateTime().toString());
            String number = receipt.customerId().substring(3);
            sale.put("customer", Map.of("id", receipt.customerId(), "phone", "+791610" + number,
                    "name", "Customer " + number, "consent", Map.of("sms", true)));
            sale.put("lines", lines);
            sale.put("total", total);
            jsons.add(Json.write(sale));
        }
        return jsons;
    }
}
