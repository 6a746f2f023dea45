package io.winback.bench;

import io.winback.time.WallClock;
import io.winback.config.WinbackConfig;
import io.winback.consent.Consent;
import io.winback.domain.Customer;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleType;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.TableDefinitions;
import io.winback.money.Money;
import io.winback.segments.SegmentsJobHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The RFM/ABC job's cost: read units per customer over {@value #CUSTOMERS} customers as the stats leave them (contact
 * details, 1–8 visits, their recent sale ids), the write units of a first run (every scored customer gets scores) and
 * of a rerun (nothing changed: the summary alone), and the first run's time against the function's timeout. Scan
 * bills the items' whole size, whatever it projects, so the units follow the table's size: the figure to watch is
 * units per customer, which stays flat as the base grows. DynamoDB bills an eventually consistent read 0.5 unit per
 * 4 KB, so two scans of items under 1 KB cost well under the 0.5 unit of one GetItem per customer.
 */
final class SegmentsBench {
    static final int CUSTOMERS = 20_000;
    private static final String RUN_TIME = "2026-12-05T10:30:00+03:00";
    /** template.yaml: SegmentsJobFunction's Timeout. */
    private static final double TIMEOUT_S = 900;
    private final Supplier<DynamoDbClient> freshDynamoDbLocal;

    SegmentsBench(Supplier<DynamoDbClient> freshDynamoDbLocal) {
        this.freshDynamoDbLocal = freshDynamoDbLocal;
    }

    Map<String, Object> measure() throws Exception {
        DynamoDbClient dynamo = freshDynamoDbLocal.get();
        WinbackConfig config = WinbackConfig.from(Map.of(WinbackConfig.SALES_TABLE, "segments-sales",
                WinbackConfig.CUSTOMERS_TABLE, "segments-customers", WinbackConfig.CHAINS_TABLE, "segments-chains"));
        TableDefinitions.createIfMissing(dynamo, config.salesTable(), config.customersTable(),
                config.chains().chainsTable());
        CustomerItems items = new CustomerItems(config.bands(), config.sleep());
        LocalDate day = LocalDate.parse(RUN_TIME.substring(0, 10));
        CustomerBulkLoad.load(dynamo, config.customersTable(), items, 0, CUSTOMERS,
                i -> customer(i, day, config.shopZone()));

        CapacityMeter first = CapacityMeter.recording();
        long started = System.nanoTime();
        Map<String, Object> firstRun = new SegmentsJobHandler(dynamo, config, WallClock.utc(), first)
                .handleRequest(Map.of("scheduledTime", RUN_TIME), null);
        double seconds = (System.nanoTime() - started) / 1e9;
        CapacityMeter rerun = CapacityMeter.recording();
        Map<String, Object> secondRun = new SegmentsJobHandler(dynamo, config, WallClock.utc(), rerun)
                .handleRequest(Map.of("scheduledTime", RUN_TIME), null);
        if ((long) firstRun.get("customersRead") != CUSTOMERS || (long) secondRun.get("scoresWritten") != 0) {
            throw new IllegalStateException("segments job: read " + firstRun.get("customersRead") + " of " + CUSTOMERS
                    + ", rerun wrote " + secondRun.get("scoresWritten") + " scores");
        }
        double rru = first.snapshot().getOrDefault("segments.read.total", 0.0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("customers", CUSTOMERS);
        out.put("scored_customers", firstRun.get("scoredCustomers"));
        out.put("rru_per_customer", Benchmark.round(rru / CUSTOMERS));
        out.put("rru_total", Benchmark.round(rru));
        out.put("first_run_wru_per_customer",
                Benchmark.round(first.snapshot().getOrDefault("segments.write.total", 0.0) / CUSTOMERS));
        out.put("rerun_scores_written", secondRun.get("scoresWritten"));
        out.put("rerun_wru", Benchmark.round(rerun.snapshot().getOrDefault("segments.write.total", 0.0)));
        out.put("first_run_seconds", Benchmark.round(seconds));
        out.put("first_run_share_of_timeout", Benchmark.round(seconds / TIMEOUT_S));
        out.putAll(SegmentsSliceBench.measure(dynamo, config, RUN_TIME, CUSTOMERS, TIMEOUT_S));
        return out;
    }

    /** 1–8 purchases a week or so apart, the last 0–199 days before the run, with a phone and a name. */
    static Customer customer(int i, LocalDate day, ZoneId zone) {
        String key = "S-" + i;
        SaleCustomer who = new SaleCustomer(key, "+7916" + String.format("%07d", i), null, null, "Customer " + key,
                null, null, null, new Consent(true, false));
        Customer customer = Customer.firstSeen(key);
        int purchases = 1 + i % 8;
        LocalDate last = day.minusDays((i * 7919L) % 200);
        for (int p = 0; p < purchases; p++) {
            BigDecimal total = Money.of(BigDecimal.valueOf(100 + (i * 31L + p * 17L) % 5000, 0)).amount();
            Sale sale = new Sale(key + "-" + p, SaleType.SALE, null, "store-1",
                    last.minusDays(8L * p).atTime(12, 0).atZone(zone).toOffsetDateTime(), who, List.of(), total, "RUB",
                    new BigDecimal("0.00"));
            customer = customer.apply(sale, WallClock.utc().instant(), zone);
        }
        return customer;
    }
}
