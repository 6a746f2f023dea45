package io.winback.bench;

import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.json.Json;
import io.winback.local.FunctionTimings;
import io.winback.local.LocalSystem;
import io.winback.time.WallClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The capacity plan's evening peak on DynamoDB Local: receipts posted one per request (as a till posts them) at the
 * plan's peak rate, {@link CapacityPlan#peakReceiptsPerSecond()}, from {@link CapacityPlan#STORES} stores, four in
 * five of them by customers already on file, through the real webhook, stream and stats. The rate is the plan's
 * own, so the units spent per second per table and index are the plan's at peak; only the customer base is scaled
 * down ({@link #BASE} cards on file instead of ten million), which changes what is stored, not what a second of
 * receipts writes. Reported: whether the pipeline kept up (posted rate against the target, how long the stats took
 * to catch up after the last receipt), the units per second by table and index, the functions' average times and
 * the concurrency they imply at that rate (Little's law: rate × time), the shop-totals item's updates per second.
 */
final class PeakSimulation {
    static final int BASE = 20_000;
    static final int SECONDS = 30;
    private static final double RETURNING_SHARE = 0.8;
    private final DynamoDbClient dynamo;
    private final DynamoDbStreamsClient streams;
    private final WinbackConfig config;

    PeakSimulation(DynamoDbClient dynamo, DynamoDbStreamsClient streams, WinbackConfig config) {
        this.dynamo = dynamo;
        this.streams = streams;
        this.config = config;
    }

    Map<String, Object> measure() throws Exception {
        CustomerItems items = new CustomerItems(config.bands(), config.sleep());
        OffsetDateTime day = OffsetDateTime.parse("2025-03-14T19:00:00+03:00");
        // The base as the stats leave regulars: three earlier purchases, a month apart.
        // Each regular's card holds the phone, name and consent their receipts carry, as after their earlier visits.
        CustomerBulkLoad.load(dynamo, config.customersTable(), items, 0, BASE, i -> regular(i, day));
        double rate = CapacityPlan.peakReceiptsPerSecond();
        int receipts = (int) Math.round(rate * SECONDS);
        Random random = new Random(14);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < receipts; i++) {
            int regular = random.nextInt(BASE);
            boolean returning = random.nextDouble() < RETURNING_SHARE;
            // A customer's phone is made of their number: the same on every receipt of theirs.
            Map<String, Object> sale = returning ? Benchmark.saleJson("peak-" + i, "P-" + regular, regular)
                    : Benchmark.saleJson("peak-" + i, "N-" + i, BASE + i);
            sale.put("storeId", "store-" + (1 + random.nextInt(CapacityPlan.STORES)));
            sale.put("occurredAt", day.plusNanos((long) (i * 1e9 / rate)).toString());
            bodies.add(Json.write(sale));
        }
        MeteredDynamo metered = new MeteredDynamo(dynamo);
        Map<String, Object> out = new LinkedHashMap<>();
        try (LocalSystem system = LocalSystem.withoutKeptFigures(metered.client(), streams, config, WallClock.utc(),
                CapacityMeter.NONE)) {
            WebhookPoster poster = new WebhookPoster(system.baseUrl(), config.webhookSecrets().getFirst());
            long started = System.nanoTime();
            poster.postPaced(bodies, rate, 8);
            long posted = System.nanoTime();
            system.drain(Duration.ofMinutes(5));
            long drained = System.nanoTime();
            Map<String, FunctionTimings.Totals> timings = system.functionTimings();
            double postingSeconds = (posted - started) / 1e9;
            double seconds = (drained - started) / 1e9;
            Map<String, Double> units = metered.snapshot();
            out.put("customers_on_file", BASE);
            out.put("receipts", receipts);
            out.put("target_receipts_per_s", Benchmark.round(rate));
            out.put("posted_receipts_per_s", Benchmark.round(receipts / postingSeconds));
            out.put("kept_up_share", Benchmark.round(Math.min(1, receipts / postingSeconds / rate)));
            out.put("stats_caught_up_seconds_after_last_receipt", Benchmark.round((drained - posted) / 1e9));
            Map<String, Object> perSecond = new LinkedHashMap<>();
            Map<String, Object> perReceipt = new LinkedHashMap<>();
            MeteredDynamo.writesByTable(units).forEach((table, value) -> {
                String where = logicalName(table);
                perSecond.put(where, Benchmark.round(value / postingSeconds));
                perReceipt.put(where, Benchmark.round(value / receipts));
            });
            out.put("wru_per_s_by_table", perSecond);
            out.put("wru_per_receipt_by_table", perReceipt);
            Map<String, Object> byOperation = new LinkedHashMap<>();
            units.forEach((key, value) -> {
                if (key.startsWith("write.")) {
                    byOperation.put(key.substring("write.".length()), Benchmark.round(value / receipts));
                }
            });
            out.put("wru_per_receipt_by_operation", byOperation);
            out.put("wru_per_receipt", Benchmark.round(MeteredDynamo.writes(units) / receipts));
            out.put("rru_per_receipt", Benchmark.round(MeteredDynamo.reads(units) / receipts));
            out.put("seconds_to_drain", Benchmark.round(seconds));
            FunctionTimings.Totals ingest = timings.get("ingest-sales");
            FunctionTimings.Totals stats = timings.get("customer-stats");
            out.put("ingest_avg_ms", Benchmark.round(ingest.averageMillis()));
            out.put("ingest_concurrency_at_peak", Benchmark.round(rate * ingest.averageMillis() / 1000));
            out.put("stats_invocations", stats.invocations());
            out.put("stats_avg_ms", Benchmark.round(stats.averageMillis()));
            out.put("stats_busy_share_of_one_shard", Benchmark.round(stats.nanos() / 1e9 / postingSeconds));
            // One shop-totals update per stats invocation: the hot item's writes per second at peak, here on one
            // stream shard; on AWS at most one per shard and second (the batching window).
            out.put("shop_totals_updates_per_s", Benchmark.round(stats.invocations() / seconds));
        }
        return out;
    }

    /** "sales/byDay" for the run's "bench-sales-7/byDay": the plan names tables as the template does. */
    private String logicalName(String table) {
        String[] parts = table.split("/", 2);
        String name = parts[0].equals(config.salesTable()) ? "sales"
                : parts[0].equals(config.customersTable()) ? "customers"
                : parts[0].equals(config.chains().chainsTable()) ? "chains"
                : parts[0].equals(config.saleLinesTable()) ? "sale_lines" : parts[0];
        return parts.length == 2 ? name + "/" + parts[1] : name;
    }

    private Customer regular(int number, OffsetDateTime day) {
        String key = "P-" + number;
        Customer customer = Customer.firstSeen(key);
        for (int visit = 3; visit >= 1; visit--) {
            OffsetDateTime at = day.minusDays(30L * visit);
            customer = customer.apply(Benchmark.sale("earlier-" + visit + "-" + number, key, number, at),
                    at.toInstant(), config.shopZone());
        }
        return customer.withRecentSales(customer.recentSales().trimmed().kept());
    }
}
