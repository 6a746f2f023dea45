package io.winback.bench;

import io.winback.time.WallClock;
import io.winback.messages.SmsParts;
import io.winback.chain.Touch;
import io.winback.chain.WorkItem;
import io.winback.chain.WorkQueue;
import io.winback.check.SleepingCheckHandler;
import io.winback.config.WinbackConfig;
import io.winback.consent.Consent;
import io.winback.domain.Customer;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleType;
import io.winback.domain.PurchaseBand;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.DynamoTouches;
import io.winback.dynamo.TableDefinitions;
import io.winback.messages.Outbox;
import io.winback.worker.ChainWorkerHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The reactivation chains, measured: that the daily check reads what is due and not the customer base, how long
 * it takes when a whole base falls due at once, how fast the real worker decides and "sends" touches compared
 * with a raw PutItem on the same machine, and what 1,000 touches cost. Every figure is a ratio or count from this
 * run. The queue is in memory (the check's SQS sends and the worker's receives are priced, not timed) and
 * messages go to an {@link Outbox}, so what is timed is the engine and DynamoDB Local. DynamoDB Local reports no
 * units for a Query that finds nothing, where DynamoDB bills its minimum of 0.5: the check's 32 shard queries cost
 * up to 16 units more on AWS, the same at any size of the base, so the ratio of step 1 holds.
 */
final class ChainsBench {
    static final String RUN_TIME = "2026-12-05T10:00:00+03:00";
    private static final int DUE_TODAY = 100;
    private static final int SMALL_BASE = 10_000;
    private static final int LARGE_BASE = 100_000;
    private static final int WORKER_CUSTOMERS = 2_000;
    private static final int WARM_UP_CUSTOMERS = 300;
    /** template.yaml: SleepingCheckFunction's and ChainWorkerFunction's Timeout. */
    private static final double CHECK_TIMEOUT_S = 300;
    private static final double WORKER_TIMEOUT_S = 60;
    /** template.yaml: the worker's SQS BatchSize, and its reserved concurrency by default. */
    private static final int SQS_BATCH = 10;
    private static final int WORKER_CONCURRENCY = 2;

    private final SegmentScaleBench.FreshDynamo freshDynamoDbLocal;
    private final double rawPutsPerSecond;
    private final AtomicInteger tableSets = new AtomicInteger();
    private final Map<String, Object> chains = new LinkedHashMap<>();
    private long setupNanos;

    /**
     * @param freshDynamoDbLocal starts a new in-memory DynamoDB Local (ending the previous one) and returns its clients
     * @param rawPutsPerSecond   {@code raw.putitem_per_s_1_thread} of this run
     */
    ChainsBench(SegmentScaleBench.FreshDynamo freshDynamoDbLocal, double rawPutsPerSecond) {
        this.freshDynamoDbLocal = freshDynamoDbLocal;
        this.rawPutsPerSecond = rawPutsPerSecond;
    }

    Map<String, Object> measure() throws Exception {
        long started = System.nanoTime();
        checkReadsWhatIsDue();
        var day = touchesPerSecond();
        chains.putAll(ChainsCostModel.per1000Touches(day, MessagePrices.configured()));
        chains.put("phase_seconds", Math.round((System.nanoTime() - started) / 1e9));
        chains.put("setup_seconds", Math.round(setupNanos / 1e9));
        return chains;
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs loading or warm-up, which is not measured, keeping count of the phase's time it takes. */
    private void setup(Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        setupNanos += System.nanoTime() - started;
    }

    // 1 and 2. The check on 10,000 then 100,000 customers with the same 100 due; then all 100,000 due at once.
    private void checkReadsWhatIsDue() throws Exception {
        DynamoDbClient dynamo = freshDynamoDbLocal.fresh();
        WinbackConfig config = freshTables(dynamo);
        CustomerItems items = new CustomerItems(config.bands(), config.sleep());
        LocalDate dueVisit = visitAsleepOnRunDay(config);
        // Customer i < 100 last visited so as to fall asleep today; the others 1 to 300 days later. Ids only: the
        // check reads the sleep index alone, so phones and cards would only slow the loading.
        IntFunction<Customer> customer = i -> oneVisit("N-" + i,
                i < DUE_TODAY ? dueVisit : dueVisit.plusDays(1 + i % 300), null, config.shopZone());
        setup(() -> CustomerBulkLoad.load(dynamo, config.customersTable(), items, 0, SMALL_BASE, customer));
        CheckRun small = check(dynamo, config, RUN_TIME);
        setup(() -> CustomerBulkLoad.load(dynamo, config.customersTable(), items, SMALL_BASE, LARGE_BASE, customer));
        CheckRun large = check(dynamo, config, RUN_TIME);
        expect("items the check queued on 10,000 customers", DUE_TODAY, small.queued());
        expect("items the check queued on 100,000 customers", DUE_TODAY, large.queued());
        chains.put("check_rru_10k", Benchmark.round(small.rru()));
        chains.put("check_rru_100k", Benchmark.round(large.rru()));
        chains.put("check_items_queued", DUE_TODAY);
        chains.put("check_rru_ratio_100k_vs_10k", Benchmark.round(large.rru() / small.rru()));

        CheckRun everyone = check(dynamo, config, OffsetDateTime.parse(RUN_TIME).plusYears(1).toString());
        expect("items the check queued a year later", LARGE_BASE, everyone.queued());
        chains.put("check_100k_due_items_queued", everyone.queued());
        chains.put("check_100k_due_seconds", Benchmark.round(everyone.seconds()));
        chains.put("check_100k_due_rru", Benchmark.round(everyone.rru()));
        chains.put("check_100k_due_share_of_timeout", Benchmark.round(everyone.seconds() / CHECK_TIMEOUT_S));
    }

    record CheckRun(int queued, double rru, double wru, double seconds, List<WorkItem> items,
                    Map<String, Double> units) {
    }

    /** The real check handler with a queue that keeps what it is given, and a meter of its own. */
    static CheckRun check(DynamoDbClient dynamo, WinbackConfig config, String scheduledTime) {
        CapacityMeter meter = CapacityMeter.recording();
        List<WorkItem> queued = Collections.synchronizedList(new ArrayList<>());
        WorkQueue queue = queued::addAll;
        SleepingCheckHandler handler = new SleepingCheckHandler(dynamo, config, queue, meter);
        long started = System.nanoTime();
        handler.handleRequest(Map.of("scheduledTime", scheduledTime), null);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> units = meter.snapshot();
        return new CheckRun(queued.size(), units.getOrDefault("check.read.total", 0.0),
                units.getOrDefault("check.write.total", 0.0), seconds, List.copyOf(queued), units);
    }

    // 3. 2,000 one-purchase customers due today through the check and the real worker, 10 % held out.
    private ChainsCostModel.Day touchesPerSecond() throws Exception {
        DynamoDbClient dynamo = freshDynamoDbLocal.fresh();
        // Untimed, as the raw limit has its warm-up: the first batches would measure the JIT, not the worker.
        WinbackConfig warmUp = freshTables(dynamo);
        setup(() -> {
            loadWorkerShop(dynamo, warmUp, WARM_UP_CUSTOMERS);
            WorkerDelivery.deliver(check(dynamo, warmUp, RUN_TIME).items(), worker(dynamo, warmUp,
                    new Outbox(WallClock.utc()), CapacityMeter.NONE), SQS_BATCH, WORKER_CONCURRENCY);
        });

        WinbackConfig config = freshTables(dynamo);
        setup(() -> loadWorkerShop(dynamo, config, WORKER_CUSTOMERS));
        CheckRun checked = check(dynamo, config, RUN_TIME);
        expect("items the check queued for the worker", WORKER_CUSTOMERS, checked.queued());
        Outbox outbox = new Outbox(WallClock.utc());
        CapacityMeter meter = CapacityMeter.recording();
        WorkerDelivery.Result delivered = WorkerDelivery.deliver(checked.items(), worker(dynamo, config, outbox, meter),
                SQS_BATCH, WORKER_CONCURRENCY);
        expect("work items the worker reported failed", 0, delivered.failedItems());
        // What the kept figures' reader then writes and reads for these touches, off the Chains table's stream.
        KeptFiguresCount.countAll(dynamo, freshDynamoDbLocal.streams(), config.chains().chainsTable(), meter);

        Map<String, Integer> touchesByStatus = touchesByStatus(dynamo, config);
        int touches = touchesByStatus.values().stream().mapToInt(Integer::intValue).sum();
        expect("touches decided (one per customer)", WORKER_CUSTOMERS, touches);
        int smsParts = verifyOutbox(outbox, config);
        int emails = (int) outbox.messages().stream().filter(m -> m.channel().equals("email")).count();

        double touchesPerSecond = touches / delivered.seconds();
        chains.put("worker_customers", WORKER_CUSTOMERS);
        chains.put("worker_touches_by_status", touchesByStatus);
        chains.put("worker_messages_sent", outbox.messages().size());
        chains.put("worker_batches", delivered.batches());
        chains.put("worker_concurrency", WORKER_CONCURRENCY);
        chains.put("worker_seconds", Benchmark.round(delivered.seconds()));
        chains.put("worker_avg_batch_ms", Benchmark.round(delivered.averageBatchMs()));
        chains.put("worker_slowest_batch_ms", Benchmark.round(delivered.slowestBatchMs()));
        chains.put("worker_slowest_batch_share_of_timeout",
                Benchmark.round(delivered.slowestBatchMs() / 1000 / WORKER_TIMEOUT_S));
        chains.put("touches_per_s", Benchmark.round(touchesPerSecond));
        chains.put("touches_ratio_to_raw_putitem", Benchmark.round(touchesPerSecond / rawPutsPerSecond));
        Map<String, Double> units = meter.snapshot();
        chains.put("wru_per_touch_named", namedWrites(touches, checked.units(), units));
        return new ChainsCostModel.Day(touches, checked.queued(), checked.rru(), checked.wru(),
                checked.seconds() * 1000, total(units, ".read.total"), total(units, ".write.total"),
                delivered.batches(), delivered.averageBatchMs(), smsParts, emails);
    }

    /**
     * The write units of one touch, each named by who wrote it and where ({@code worker.touch.table},
     * {@code worker.episode.index.byStart}, {@code check.table}...): the check's and the worker's meters split by
     * purpose, table and index, per touch, largest first. They add up to {@code inputs.wru_per_touch}.
     */
    static Map<String, Double> namedWrites(int touches, Map<String, Double> check, Map<String, Double> worker) {
        Map<String, Double> named = new HashMap<>();
        for (Map<String, Double> units : List.of(check, worker)) {
            units.forEach((key, value) -> {
                int write = key.indexOf(".write.");
                if (write > 0 && !key.endsWith(".write.total") && value > 0) {
                    named.merge(key.substring(0, write) + key.substring(write + ".write".length()), value,
                            Double::sum);
                }
            });
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        named.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> ordered.put(e.getKey(), Benchmark.round(e.getValue() / touches)));
        // Writes an earlier run named and this one no longer makes stay in the figures, at 0: runs are compared by name.
        NAMED_BEFORE.forEach(name -> ordered.putIfAbsent(name, 0.0));
        return ordered;
    }

    /**
     * Named writes of earlier saved runs that are gone: a touch is no longer filed in the byStart index, and a step's
     * grant has no history item of its own (its touch records it).
     */
    private static final List<String> NAMED_BEFORE = List.of("worker.touch.index.byStart", "worker.bonus.table");

    /** Every unit the worker's meter saw, whatever store (purpose) spent it. */
    private static double total(Map<String, Double> units, String suffix) {
        return units.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).mapToDouble(Map.Entry::getValue).sum();
    }

    private static ChainWorkerHandler worker(DynamoDbClient dynamo, WinbackConfig config, Outbox outbox,
                                             CapacityMeter meter) {
        // The worker's wall clock stands at the run's time, as if it ran then: quiet hours are judged at the send
        // time, and the bench must not depend on the hour it is run at.
        return new ChainWorkerHandler(dynamo, config,
                Clock.fixed(java.time.OffsetDateTime.parse(RUN_TIME).toInstant(), java.time.ZoneOffset.UTC),
                new DynamoChainConfigurationStore(dynamo, config.chains().chainsTable(), WallClock.utc()),
                outbox, outbox, ChainWorkerHandler.unsubscribeLinks(config.chains(), WallClock.utc()), meter);
    }

    /**
     * Customers with one visit 66 days before the run: seven in ten reachable by SMS, two by email only, one with a
     * phone but no consent at all, so the outbox count says whether consent and the holdout were both respected.
     */
    private static void loadWorkerShop(DynamoDbClient dynamo, WinbackConfig config, int count) throws Exception {
        LocalDate visit = visitAsleepOnRunDay(config);
        CustomerBulkLoad.load(dynamo, config.customersTable(), new CustomerItems(config.bands(), config.sleep()),
                0, count, i -> oneVisit(workerKey(i), visit, contact(i), config.shopZone()));
    }

    private static String workerKey(int i) {
        return "W-" + i;
    }

    private static SaleCustomer contact(int i) {
        String phone = "+7916" + String.format("%07d", i);
        return switch (i % 10) {
            case 7, 8 -> new SaleCustomer(workerKey(i), null, "c" + i + "@example.com", null, "Анна", null, null, null,
                    new Consent(null, true));
            case 9 -> new SaleCustomer(workerKey(i), phone, null, null, "Анна", null, null, null, new Consent(false, null));
            default -> new SaleCustomer(workerKey(i), phone, null, null, "Анна", null, null, null, new Consent(true, null));
        };
    }

    /**
     * Exactly one message to each customer with consent outside the holdout, and none to anyone else; otherwise the
     * bench stops, since a fast worker that sends wrongly measures nothing. Returns the SMS parts sent.
     */
    private static int verifyOutbox(Outbox outbox, WinbackConfig config) {
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < WORKER_CUSTOMERS; i++) {
            SaleCustomer who = contact(i);
            if (config.chains().holdout().contains(who.id()) || i % 10 == 9) {
                continue;
            }
            expected.put(who.phone() != null ? who.phone() : who.email(), 1);
        }
        Map<String, Integer> sent = new HashMap<>();
        int smsParts = 0;
        for (Outbox.Message message : outbox.messages()) {
            sent.merge(message.to(), 1, Integer::sum);
            if (message.channel().equals("sms")) {
                smsParts += SmsParts.of(message.text()).parts();
            }
        }
        if (!sent.equals(expected)) {
            throw new IllegalStateException("the outbox holds " + outbox.messages().size() + " messages to "
                    + sent.size() + " addresses; expected exactly one to each of " + expected.size()
                    + " customers with consent outside the holdout");
        }
        return smsParts;
    }

    private static Map<String, Integer> touchesByStatus(DynamoDbClient dynamo, WinbackConfig config) {
        var touches = new DynamoTouches(dynamo, config.chains().chainsTable(), CapacityMeter.NONE, "bench");
        Map<String, Integer> byStatus = new TreeMap<>();
        for (int i = 0; i < WORKER_CUSTOMERS; i++) {
            for (Touch touch : touches.touchesOf(workerKey(i))) {
                byStatus.merge(touch.status().wireName(), 1, Integer::sum);
            }
        }
        return byStatus;
    }

    static Customer oneVisit(String key, LocalDate day, SaleCustomer who, ZoneId zone) {
        SaleCustomer buyer = who != null ? who
                : new SaleCustomer(key, null, null, null, null, null, null, null, new Consent(null, null));
        Sale sale = new Sale(key + "-" + day, SaleType.SALE, null, "store-1",
                day.atTime(12, 0).atZone(zone).toOffsetDateTime(), buyer, List.of(), new BigDecimal("10.00"), "RUB",
                new BigDecimal("0.00"));
        return Customer.firstSeen(key).apply(sale, WallClock.utc().instant(), zone);
    }

    /** The day a one-purchase customer last visits to fall asleep on the run's day (66 days before, by default). */
    private static LocalDate visitAsleepOnRunDay(WinbackConfig config) {
        LocalDate runDay = runTime().atZone(config.shopZone()).toLocalDate();
        return runDay.minusDays(config.sleep().sleepAt(PurchaseBand.ONE, runDay).toEpochDay() - runDay.toEpochDay());
    }

    private static Instant runTime() {
        return OffsetDateTime.parse(RUN_TIME).toInstant();
    }

    static void expect(String what, int want, int got) {
        if (want != got) {
            throw new IllegalStateException(what + ": expected " + want + ", got " + got);
        }
    }

    private WinbackConfig freshTables(DynamoDbClient dynamo) {
        return tables(dynamo, "chains-" + tableSets.incrementAndGet());
    }

    /** A set of tables named {@code <prefix>-sales} etc., created, and the configuration that names them. */
    static WinbackConfig tables(DynamoDbClient dynamo, String prefix) {
        return tables(dynamo, prefix, Map.of());
    }

    /** As {@link #tables(DynamoDbClient, String)}, with {@code more} settings (the webhook's secrets, say). */
    static WinbackConfig tables(DynamoDbClient dynamo, String prefix, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put(WinbackConfig.SALES_TABLE, prefix + "-sales");
        env.put(WinbackConfig.CUSTOMERS_TABLE, prefix + "-customers");
        env.put(WinbackConfig.CHAINS_TABLE, prefix + "-chains");
        env.put(WinbackConfig.SALE_LINES_TABLE, prefix + "-sale-lines");
        env.put(WinbackConfig.HOLDOUT_PERCENT, "10");
        env.put(WinbackConfig.EMAIL_FROM, "shop@example.com");
        env.put(WinbackConfig.UNSUBSCRIBE_SECRETS, "bench-unsubscribe-secret");
        // SENDS_PER_SECOND paces one worker instance under the SES/SNS account rate in production; at its default
        // the bench would measure that pacing, not the engine, so it is set out of reach here.
        env.put(WinbackConfig.SENDS_PER_SECOND, "1000000");
        WinbackConfig config = WinbackConfig.from(env);
        TableDefinitions.createAll(dynamo, config.salesTable(), config.customersTable(),
                config.chains().chainsTable(), config.saleLinesTable());
        return config;
    }
}
