package io.winback.bench;

import io.winback.time.WallClock;
import io.winback.emulator.DynamoDbLocal;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.SaleItems;
import io.winback.dynamo.TableDefinitions;
import io.winback.json.Json;
import io.winback.local.Cli;
import io.winback.local.CliFailure;
import io.winback.local.ExitCode;
import io.winback.local.QuietLogging;
import io.winback.log.JsonLog;
import io.winback.local.CdnowReference;
import io.winback.local.FunctionTimings;
import io.winback.local.HistoryImporter;
import io.winback.local.ImportSummary;
import io.winback.local.LocalSystem;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./winback bench}: ingest speed and cost against the physical limit, measured in one run on this machine, as
 * ratios and counts (never an absolute time held against a fixed number). Prints them; with {@code --save} also
 * writes bench/results/latest.json.
 */
public final class Benchmark {
    private static final int CLIENT_THREADS = 4;
    private static final int WARM_UP_SALES = 1_000;
    /** Records per stream batch the stats function receives (the event source mapping's batch size). */
    private static final int STREAM_BATCH = 100;
    private final Path root;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private AmazonDynamoDBLocal embedded;
    private DynamoDbClient dynamo;
    private final AtomicInteger tableSets = new AtomicInteger();

    private Benchmark(Path root) {
        this.root = root;
    }

    public static void main(String[] args) {
        QuietLogging.install();
        System.exit(Cli.run("bench", args, System.err, Benchmark::command).code());
    }

    /** The options {@code ./winback bench} takes; anything else is a usage mistake, not a silent full run. */
    static final String USAGE = "usage: ./winback bench [--save] [--coldstart-only | --only-chains | --only-triggers"
            + " | --only-segments | --only-cycles | --only-peak | --only-timing"
            + " | --only-reactivation [SMALL LARGE] | --only-batch 1|100]";

    /** {@code args}: the checkout's root (the launcher passes it first), then the options. */
    static ExitCode command(String[] args) throws Exception {
        checkOptions(List.of(args).subList(Math.min(1, args.length), args.length));
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Benchmark bench = new Benchmark(root);
        if (List.of(args).contains("--coldstart-only")) {
            // For working on start-up alone: prints, writes nothing.
            Map<String, Object> coldstart = new ColdStarts(root).measure();
            System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(coldstart));
            System.out.println(BenchReport.coldStartTable(coldstart));
            return ExitCode.OK;
        }
        if (List.of(args).contains("--only-segments")) {
            // For working on the RFM/ABC job alone: prints, writes nothing.
            bench.logFunctionsToFile();
            bench.segments();
            bench.stage("segments");
            bench.stage("campaigns");
            System.out.println(BenchReport.segmentsTable(bench.results));
            return ExitCode.OK;
        }
        if (List.of(args).contains("--only-cycles")) {
            // The cycles learned on the sample shop, and the refill timing they give: prints, writes nothing.
            bench.logFunctionsToFile();
            bench.cycles();
            bench.stage("cycles");
            System.out.println(BenchReport.cyclesTable(bench.results));
            return ExitCode.OK;
        }
        if (List.of(args).contains("--only-chains")) {
            // For working on the chains phase (with the raw limit it is compared to): prints, writes nothing.
            bench.logFunctionsToFile();
            bench.rawPutLimit();
            bench.stage("raw");
            bench.chains();
            bench.stage("chains");
            System.out.println(BenchReport.chainsTable(bench.results));
            return ExitCode.OK;
        }
        if (List.of(args).contains("--only-triggers")) {
            // For working on one trigger's part of the daily check: prints, writes nothing.
            bench.logFunctionsToFile();
            bench.triggers();
            bench.stage("triggers");
            System.out.println(BenchReport.triggersTable(bench.results));
            return ExitCode.OK;
        }
        if (List.of(args).contains("--only-timing")) {
            // The CDNOW replay, then the timing job fanned out over its cards: prints, writes nothing.
            bench.logFunctionsToFile();
            bench.rawPutLimit();
            bench.realHistory();
            bench.stage("timing");
            return ExitCode.OK;
        }
        if (List.of(args).contains("--only-peak")) {
            // The capacity plan's evening peak alone: prints, writes nothing.
            bench.logFunctionsToFile();
            bench.peak();
            bench.stage("peak");
            return ExitCode.OK;
        }
        int reactivation = List.of(args).indexOf("--only-reactivation");
        if (reactivation >= 0) {
            // The campaign report's time for N vs M touches (default 10,000 vs 100,000): prints, writes nothing.
            int small = args.length > reactivation + 2 ? Integer.parseInt(args[reactivation + 1]) : ReactivationReportBench.SMALL;
            int large = args.length > reactivation + 2 ? Integer.parseInt(args[reactivation + 2]) : ReactivationReportBench.LARGE;
            bench.logFunctionsToFile();
            bench.reactivationReport(small, large);
            bench.stage("reactivation_report");
            bench.stage("metrics_report");
            bench.stage("segments_report");
            return ExitCode.OK;
        }
        int only = List.of(args).indexOf("--only-batch");
        if (only >= 0) {
            // For profiling one end-to-end phase (with the raw limit it is compared to): prints, writes nothing.
            bench.rawPutLimit();
            bench.stage("raw");
            bench.emulatorOperations();
            bench.stage("emulator");
            int batch = Integer.parseInt(args[only + 1]);
            bench.endToEnd(batch, batch == 1 ? 2_000 : 10_000);
            bench.stage("ingest_batch" + batch);
            bench.results.put("ingest_batch" + (batch == 1 ? 100 : 1), Map.of("ratio_to_limit", 0.0, "cpu_ms_per_sale", 0.0));
            System.out.println("ingest: " + Json.write(bench.ingestSummary()));
            return ExitCode.OK;
        }
        bench.run(output(root, List.of(args)));
        return ExitCode.OK;
    }


    private static void checkOptions(List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            switch (option) {
                case "--save", "--coldstart-only", "--only-chains", "--only-triggers", "--only-segments",
                     "--only-cycles", "--only-peak", "--only-timing" -> {
                }
                case "--only-reactivation" -> {
                    if (i + 1 < options.size() && !options.get(i + 1).startsWith("--")) {
                        wholeNumber(options, i + 1, option);
                        wholeNumber(options, i + 2, option);
                        i += 2;
                    }
                }
                case "--only-batch" -> {
                    int batch = wholeNumber(options, i + 1, option);
                    if (batch != 1 && batch != 100) {
                        throw CliFailure.usage("--only-batch takes 1 or 100, got " + batch + "; " + USAGE);
                    }
                    i++;
                }
                default -> throw CliFailure.usage("unknown option " + option + "; " + USAGE);
            }
        }
    }

    private static int wholeNumber(List<String> options, int at, String option) {
        if (at >= options.size()) {
            throw CliFailure.usage(option + " needs a whole number after it; " + USAGE);
        }
        try {
            return Integer.parseInt(options.get(at));
        } catch (NumberFormatException e) {
            throw CliFailure.usage(option + " takes whole numbers, got " + options.get(at) + "; " + USAGE);
        }
    }

    /** Where the full run's results go: bench/results/latest.json only when asked with --save; else nowhere. */
    static java.util.Optional<Path> output(Path root, List<String> args) {
        return args.contains("--save") ? java.util.Optional.of(root.resolve("bench/results/latest.json"))
                : java.util.Optional.empty();
    }

    private void run(java.util.Optional<Path> output) throws Exception {
        long started = System.nanoTime();
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "measured_at", WallClock.utc().instant().toString()));
        logFunctionsToFile();
        rawPutLimit();
        stage("raw");
        emulatorOperations();
        stage("emulator");
        endToEnd(1, 2_000);
        stage("ingest_batch1");
        endToEnd(100, 10_000);
        stage("ingest_batch100");
        results.put("ingest", ingestSummary());
        realHistory();
        stage("history");
        stage("timing");
        peak();
        stage("peak");
        chains();
        stage("chains");
        triggers();
        stage("triggers");
        reactivationReport(ReactivationReportBench.SMALL, ReactivationReportBench.LARGE);
        stage("reactivation_report");
        stage("metrics_report");
        stage("segments_report");
        segments();
        stage("segments");
        stage("campaigns");
        cycles();
        stage("cycles");
        costModel();
        results.put("capacity", new CapacityPlan(results).compute());
        stage("capacity");
        results.put("coldstart", new ColdStarts(root).measure());
        results.put("run_seconds", Math.round((System.nanoTime() - started) / 1e9));
        System.out.println(BenchReport.table(results));
        if (output.isPresent()) {
            Path out = output.get();
            Files.createDirectories(out.getParent());
            Files.writeString(out, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n");
            System.out.println("written to " + root.relativize(out));
        } else {
            System.out.println("not saved; ./winback bench --save writes these figures to bench/results/latest.json");
        }
    }

    private void logFunctionsToFile() throws java.io.IOException {
        Path functionLog = root.resolve("local/target/bench-functions.log");
        Files.createDirectories(functionLog.getParent());
        // The functions still log every event (that is part of their cost), to a file rather than the screen.
        JsonLog.redirect(new PrintStream(Files.newOutputStream(functionLog), false, StandardCharsets.UTF_8));
    }

    // 5b. The capacity plan's evening peak: receipts at the plan's rate through the real pipeline, units by table.
    private void peak() throws Exception {
        freshDynamoDbLocal();
        WinbackConfig config = freshTables();
        results.put("peak", new PeakSimulation(dynamo, embedded.dynamoDbStreamsClient(), config).measure());
    }

    // 6. The reactivation chains: the daily check's reads, the worker's touches against the raw limit, their cost.
    private void chains() throws Exception {
        results.put("chains", new ChainsBench(freshDynamo(), figure("raw", "putitem_per_s_1_thread")).measure());
    }

    // 6e. The daily check per trigger: its read units on 10,000 vs 100,000 customers, the same ones due.
    private void triggers() throws Exception {
        results.put("triggers", new TriggersBench(() -> {
            freshDynamoDbLocal();
            return dynamo;
        }).measure());
    }

    // 7. The campaign report: its time for 10,000 vs 100,000 touches in the period must grow no faster than they do.
    private void reactivationReport(int small, int large) throws Exception {
        results.put("reactivation_report", new ReactivationReportBench(freshDynamo(), small, large).measure());
        // The metrics and segments reports over a history ten times longer: their units must not follow it.
        results.putAll(new ReportsHistoryBench(() -> {
            freshDynamoDbLocal();
            return dynamo;
        }).measure());
    }

    // 7. The RFM/ABC segments job: read units per customer of its two scans. Then segments and campaigns at scale:
    // the stream's added units, a fill's reads, the check's with flip days, a campaign's pages.
    private void segments() throws Exception {
        Map<String, Object> segments = new LinkedHashMap<>(new SegmentsBench(() -> {
            freshDynamoDbLocal();
            return dynamo;
        }).measure());
        SegmentScaleBench.Figures scale = new SegmentScaleBench(freshDynamo(), SegmentScaleBench.Sizes.BENCH).measure();
        segments.putAll(scale.segments());
        results.put("segments", segments);
        results.put("campaigns", scale.campaigns());
    }

    /** A new in-memory DynamoDB Local for each {@code fresh()}, ending the previous one, and its stream's client. */
    private SegmentScaleBench.FreshDynamo freshDynamo() {
        return new SegmentScaleBench.FreshDynamo() {
            @Override
            public DynamoDbClient fresh() {
                freshDynamoDbLocal();
                return dynamo;
            }

            @Override
            public software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient streams() {
                return embedded.dynamoDbStreamsClient();
            }
        };
    }

    // 9. The replenishment cycles learned on a sample shop with known cycles, and the refill timing they give.
    private void cycles() throws Exception {
        freshDynamoDbLocal();
        results.put("cycles", new CyclesBench(dynamo, embedded.dynamoDbStreamsClient(), CyclesBench.CUSTOMERS)
                .measure());
    }

    private void stage(String key) {
        System.out.println(key + ": " + Json.write(results.get(key)));
    }

    // 1a. The physical limit: unconditional PutItem of a sale-sized item into a Sales table (same indexes).
    private void rawPutLimit() throws Exception {
        freshDynamoDbLocal();
        WinbackConfig config = freshTables();
        Map<String, AttributeValue> template = SaleItems.toItem(sale("raw", "C-1", 0), WallClock.utc().instant().toString(),
                java.time.ZoneOffset.UTC);
        puts(config.salesTable(), template, 1, 2_000, "warmup");
        double one = puts(config.salesTable(), template, 1, 6_000, "one");
        CpuUse cpu = CpuUse.start();
        double four = puts(config.salesTable(), template, CLIENT_THREADS, 12_000, "four");
        double storeBusy = cpu.storeThreadBusyShare();
        double coresBusy = cpu.coresBusyShare();
        double cpuPerPut = cpu.cpuMsPer(12_000);
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("sale_json_bytes", Json.write(saleJson("raw", "C-1", 0)).length());
        raw.put("putitem_per_s_1_thread", round(one));
        raw.put("putitem_per_s_4_threads", round(four));
        raw.put("limit_per_s", round(Math.max(one, four)));
        raw.put("cores_busy_share_4_threads", round(coresBusy));
        raw.put("cpu_ms_per_put", round(cpuPerPut));
        raw.put("emulator_store_thread_busy_share_4_threads", round(storeBusy));
        results.put("raw", raw);
    }

    private double puts(String table, Map<String, AttributeValue> template, int threads, int count, String tag)
            throws Exception {
        return timed(threads, count, i -> {
            Map<String, AttributeValue> item = new HashMap<>(template);
            item.put(SaleItems.SALE_ID, AttributeValue.fromS(tag + "-" + i));
            item.put(SaleItems.CUSTOMER_KEY, AttributeValue.fromS("C-" + (i % 5_000)));
            dynamo.putItem(b -> b.tableName(table).item(item));
        });
    }

    /** Operations per second: {@code count} calls of {@code operation} spread over {@code threads} threads. */
    private static double timed(int threads, int count, java.util.function.IntConsumer operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = thread; i < count; i += threads) {
                    operation.accept(i);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return count / ((System.nanoTime() - started) / 1e9);
    }

    // 1b. Signed webhook requests → Sales → stream → stats, until drain returns.
    private void endToEnd(int batch, int sales) throws Exception {
        freshDynamoDbLocal();
        WinbackConfig config = freshTables();
        CapacityMeter meter = CapacityMeter.recording();
        Random random = new Random(batch);
        List<String> saleJsons = new ArrayList<>();
        for (int i = 0; i < sales; i++) {
            // A customer's phone is made of their number, the same on each of their receipts, as a till sends it
            // (a new phone on every receipt had moved each card's byPhone entry on every sale).
            int customer = random.nextInt(sales / 5);
            Map<String, Object> sale = saleJson("e2e" + batch + "-" + i, "C-" + customer, customer);
            sale.put("occurredAt", OffsetDateTime.parse("2025-01-01T12:00:00+03:00").plusMinutes(i).toString());
            saleJsons.add(Json.write(sale));
        }
        List<String> bodies = requestBodies(saleJsons, batch);
        try (LocalSystem system = LocalSystem.withoutKeptFigures(dynamo, embedded.dynamoDbStreamsClient(), config,
                WallClock.utc(), meter)) {
            WebhookPoster poster = new WebhookPoster(system.baseUrl(), config.webhookSecrets().getFirst());
            // Untimed, as the raw limit has its warm-up: the first requests measure the JIT, not the design.
            poster.postAll(warmUpBodies(batch), CLIENT_THREADS);
            system.drain(Duration.ofMinutes(5));
            Map<String, FunctionTimings.Totals> warm = system.functionTimings();
            Map<String, Double> unitsBefore = meter.snapshot();
            long started = System.nanoTime();
            CpuUse cpu = CpuUse.start();
            poster.postAll(bodies, CLIENT_THREADS);
            long posted = System.nanoTime();
            system.drain(Duration.ofMinutes(5));
            double seconds = (System.nanoTime() - started) / 1e9;
            double storeBusy = cpu.storeThreadBusyShare();
            double coresBusy = cpu.coresBusyShare();
            double cpuPerSale = cpu.cpuMsPer(sales);
            double rate = sales / seconds;
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("sales", sales);
            run.put("requests", bodies.size());
            run.put("sales_per_s", round(rate));
            run.put("webhook_share_of_time", round((posted - started) / 1e9 / seconds));
            run.put("ratio_to_limit", round(rate / limit()));
            run.put("cores_busy_share", round(coresBusy));
            run.put("cpu_ms_per_sale", round(cpuPerSale));
            run.put("emulator_store_thread_busy_share", round(storeBusy));
            run.put("functions", timings(since(warm, system.functionTimings())));
            run.put("wru_per_sale_named", WriteUnitNames.perSale(MeteredDynamo.since(unitsBefore, meter.snapshot()), sales));
            results.put("ingest_batch" + batch, run);
        }
    }

    private static List<String> warmUpBodies(int batch) {
        List<String> saleJsons = new ArrayList<>();
        for (int i = 0; i < WARM_UP_SALES; i++) {
            saleJsons.add(Json.write(saleJson("warmup" + batch + "-" + i, "W-" + i, i)));
        }
        return requestBodies(saleJsons, batch);
    }

    /** Webhook bodies of {@code batch} sales each: a single sale as itself, more as {@code {"sales":[...]}}. */
    static List<String> requestBodies(List<String> saleJsons, int batch) {
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < saleJsons.size(); from += batch) {
            List<String> group = saleJsons.subList(from, Math.min(saleJsons.size(), from + batch));
            bodies.add(batch == 1 ? group.getFirst() : "{\"sales\":[" + String.join(",", group) + "]}");
        }
        return bodies;
    }

    /**
     * What one sale of the end-to-end run asks of DynamoDB Local, each operation timed alone at full speed (4 client
     * threads, like the raw limit), on real Winback items. Summing their costs gives the ceiling the pipeline could
     * reach if everything but DynamoDB Local were free, so a missed ratio can be told apart from wasted work.
     */
    private void emulatorOperations() throws Exception {
        freshDynamoDbLocal();
        WinbackConfig config = freshTables();
        CustomerItems customerItems = new CustomerItems(config.bands(), config.sleep());
        int n = 6_000;
        // Items are built before the clock starts: only DynamoDB Local's part is timed. Each operation runs once
        // untimed on other keys first, as the raw limit does, so no figure includes the JIT's first compilations.
        List<Map<String, AttributeValue>> sales = new ArrayList<>();
        List<Map<String, AttributeValue>> customers = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            Sale sale = sale("op-" + i, "C-" + i, i * 97);
            sales.add(SaleItems.toItem(sale, WallClock.utc().instant().toString(), java.time.ZoneOffset.UTC));
            customers.add(customerItems.toItem(Customer.firstSeen(sale.customerKey()).apply(sale, WallClock.utc().instant(),
                    config.shopZone()), 1, WallClock.utc().instant()));
        }
        double salePut = warmedRate(n, (round, i) -> dynamo.putItem(b -> b.tableName(config.salesTable())
                .item(sales.get(round * n + i))
                .conditionExpression("attribute_not_exists(#k)").expressionAttributeNames(Map.of("#k", SaleItems.SALE_ID))));
        double customerPut = warmedRate(n, (round, i) -> dynamo.putItem(b -> b.tableName(config.customersTable())
                .item(customers.get(round * n + i))
                .conditionExpression("attribute_not_exists(#k)").expressionAttributeNames(Map.of("#k", CustomerItems.CUSTOMER_KEY))));
        double customerBatchGet = 100 * warmedRate(n / 100, (round, i) -> {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (int k = 0; k < 100; k++) {
                keys.add(Map.of(CustomerItems.CUSTOMER_KEY, customers.get(round * n + i * 100 + k).get(CustomerItems.CUSTOMER_KEY)));
            }
            dynamo.batchGetItem(b -> b.requestItems(Map.of(config.customersTable(),
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));
        });
        double streamRead = streamReadRate(config.salesTable());
        double saleBatchWrite = 25 * warmedRate(n / 25, (round, i) -> {
            List<WriteRequest> writes = new ArrayList<>();
            for (int k = 0; k < 25; k++) {
                Map<String, AttributeValue> item = withKey(sales.get(i * 25 + k), SaleItems.SALE_ID, "batch-" + round + "-" + (i * 25 + k));
                writes.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
            }
            dynamo.batchWriteItem(b -> b.requestItems(Map.of(config.salesTable(), writes)));
        });
        // The buyers index through its own adapter (BatchWriteItem, 25 a request), the entries a bench receipt makes.
        var lineIndex = new io.winback.dynamo.DynamoSaleLineIndex(dynamo, config.saleLinesTable(), CapacityMeter.NONE, "lines");
        List<io.winback.report.SaleLineEntry> lineEntries = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            lineEntries.addAll(io.winback.report.SaleLineEntries.of(sale("lines-" + i, "L-" + i, i * 97), config.shopZone()));
        }
        int entriesPerSale = lineEntries.size() / (2 * n);
        int linePages = n * entriesPerSale / 25;
        double lineWrites = 25 * warmedRate(linePages, (round, i) -> lineIndex.add(
                lineEntries.subList(round * n * entriesPerSale + i * 25, round * n * entriesPerSale + i * 25 + 25)));
        // The shop-totals item every stream batch adds to, through its writer: one item, so one partition.
        // Without its stream, as in the ingest phases (LocalSystem#withoutKeptFigures): no episode is written here.
        TableDefinitions.createIfMissing(dynamo,
                io.winback.dynamo.ChainsTable.definitionWithoutStream(config.chains().chainsTable()));
        var shopTotals = new io.winback.dynamo.DynamoShopTotalsWriter(dynamo, config.chains().chainsTable(), CapacityMeter.NONE);
        double totalsUpdate = warmedRate(n / 4, (round, i) -> shopTotals.add(1, BigDecimal.ONE));
        // The restock cycles a receipt's group teaches, through the stats' own PurchaseCycles: a customer's first
        // purchase of the group (their record read, then put) and a later one (read, then the record and the
        // group's evidence in one transaction: the evidence item is one per group, shared by its buyers).
        var cycles = new io.winback.cycles.PurchaseCycles(new io.winback.dynamo.DynamoPurchaseCycles(dynamo,
                config.chains().chainsTable(), CapacityMeter.NONE, "cycles"), config.shopZone());
        OffsetDateTime firstDay = OffsetDateTime.parse("2025-01-01T12:00:00+03:00");
        double firstCycle = warmedRate(n / 4, (round, i) -> cycles.record("Y-" + round + "-" + i,
                List.of(sale("cy1-" + round + "-" + i, "Y-" + round + "-" + i, i, firstDay))));
        double laterCycle = warmedRate(n / 4, (round, i) -> cycles.record("Y-" + round + "-" + i,
                List.of(sale("cy2-" + round + "-" + i, "Y-" + round + "-" + i, i, firstDay.plusDays(30)))));
        Map<String, Object> ops = new LinkedHashMap<>();
        ops.put("sale_conditional_put_per_s", round(salePut));
        ops.put("customer_conditional_put_per_s", round(customerPut));
        ops.put("customer_batch_get_keys_per_s", round(customerBatchGet));
        ops.put("stream_records_read_per_s", round(streamRead));
        ops.put("sale_batch_write_items_per_s", round(saleBatchWrite));
        // A sale whose customer is alone in its batch: its own put, the stream read, its customer read and put.
        double msPerSale = 1000 / salePut + 1000 / streamRead + 1000 / customerBatchGet + 1000 / customerPut;
        ops.put("ms_per_sale_distinct_customers", round(msPerSale));
        ops.put("ceiling_per_s", round(1000 / msPerSale));
        // The same with sales written by BatchWriteItem (no condition): the one cheaper way to write them.
        double msBatchWritten = msPerSale - 1000 / salePut + 1000 / saleBatchWrite;
        ops.put("ceiling_per_s_if_sales_batch_written", round(1000 / msBatchWritten));
        // Every operation today's features make a sale of the end-to-end run do, each timed alone above: the four
        // of a sale whose customer is alone in its batch, the receipt's buyers-index entries, its share of the
        // one shop-totals update per stream batch (of about 100 sales at batch 100), and the restock cycles of
        // its product group.
        ops.put("sale_line_entries_written_per_s", round(lineWrites));
        ops.put("sale_line_entries_per_sale", entriesPerSale);
        ops.put("shop_totals_updates_per_s", round(totalsUpdate));
        ops.put("cycles_first_purchases_per_s", round(firstCycle));
        ops.put("cycles_later_purchases_per_s", round(laterCycle));
        // In the end-to-end run each customer makes five purchases: one first, four later ones.
        double msCycles = 0.2 * 1000 / firstCycle + 0.8 * 1000 / laterCycle;
        double msEveryOperation = msPerSale + entriesPerSale * 1000 / lineWrites + 1000 / totalsUpdate / STREAM_BATCH
                + msCycles;
        ops.put("ms_per_sale_every_operation", round(msEveryOperation));
        ops.put("ceiling_every_operation_per_s", round(1000 / msEveryOperation));
        results.put("emulator", ops);
    }

    private interface KeyedOperation {
        void run(int round, int i);
    }

    /** Runs {@code operation} over {@code count} keys untimed (round 0), then over as many others timed (round 1). */
    private static double warmedRate(int count, KeyedOperation operation) throws Exception {
        timed(CLIENT_THREADS, count, i -> operation.run(0, i));
        return timed(CLIENT_THREADS, count, i -> operation.run(1, i));
    }

    private double streamReadRate(String table) {
        var streams = embedded.dynamoDbStreamsClient();
        String arn = dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        long started = System.nanoTime();
        long records = 0;
        for (var shard : streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()) {
            String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                    .shardIterator();
            while (iterator != null) {
                String from = iterator;
                // 100 a read, as the event source mapping's batch size in template.yaml.
                var page = streams.getRecords(b -> b.shardIterator(from).limit(100));
                if (page.records().isEmpty()) {
                    break;
                }
                records += page.records().size();
                iterator = page.nextShardIterator();
            }
        }
        return records / ((System.nanoTime() - started) / 1e9);
    }

    private static Map<String, AttributeValue> withKey(Map<String, AttributeValue> item, String name, String value) {
        Map<String, AttributeValue> copy = new HashMap<>(item);
        copy.put(name, AttributeValue.fromS(value));
        return copy;
    }

    private Map<String, Object> ingestSummary() {
        Map<String, Object> ingest = new LinkedHashMap<>();
        ingest.put("ratio_batch1", figure("ingest_batch1", "ratio_to_limit"));
        ingest.put("ratio_batch100", figure("ingest_batch100", "ratio_to_limit"));
        double ceiling = figure("emulator", "ceiling_per_s") / limit();
        ingest.put("ceiling_ratio_distinct_customers", round(ceiling));
        ingest.put("ceiling_ratio_if_sales_batch_written",
                round(figure("emulator", "ceiling_per_s_if_sales_batch_written") / limit()));
        ingest.put("share_of_ceiling_batch100", round(figure("ingest_batch100", "ratio_to_limit") / ceiling));
        double everyOperation = figure("emulator", "ceiling_every_operation_per_s") / limit();
        ingest.put("ceiling_ratio_every_operation", round(everyOperation));
        ingest.put("share_of_every_operation_ceiling_batch100",
                round(figure("ingest_batch100", "ratio_to_limit") / everyOperation));
        // All on this machine's cores: the webhook, the stats and DynamoDB Local itself. How many raw puts' worth of
        // CPU one sale takes end to end bounds the ratio once the cores are busy.
        ingest.put("cpu_per_sale_in_raw_puts_batch100",
                round(figure("ingest_batch100", "cpu_ms_per_sale") / figure("raw", "cpu_ms_per_put")));
        return ingest;
    }

    /** A number measured earlier in this run, e.g. {@code figure("raw", "limit_per_s")}. */
    private double figure(String block, String key) {
        return ((Number) ((Map<?, ?>) results.get(block)).get(key)).doubleValue();
    }

    // 2 and 5. CDNOW through the importer and webhook: rate, write/read units per sale, every customer checked.
    private void realHistory() throws Exception {
        freshDynamoDbLocal();
        Path cdnow = root.resolve("../shared/data/cdnow/CDNOW_master.txt").normalize();
        if (System.getenv("CDNOW_DIR") != null) {
            cdnow = Path.of(System.getenv("CDNOW_DIR"), "CDNOW_master.txt");
        }
        WinbackConfig config = freshTables();
        CapacityMeter meter = CapacityMeter.recording();
        Map<String, Object> history = new LinkedHashMap<>();
        try (LocalSystem system = LocalSystem.withoutKeptFigures(dynamo, embedded.dynamoDbStreamsClient(), config,
                WallClock.utc(), meter)) {
            long started = System.nanoTime();
            ImportSummary summary = new HistoryImporter(new HistoryImporter.Options(system.baseUrl(),
                    config.webhookSecrets().getFirst(), 100, "cdnow", null, null, config.shopZone(), CLIENT_THREADS,
                    System.out)).run(cdnow);
            system.drain(Duration.ofMinutes(5));
            double seconds = (System.nanoTime() - started) / 1e9;
            history.put("sales", summary.read());
            history.put("accepted", summary.accepted());
            history.put("sales_per_s", round(summary.read() / seconds));
            history.put("ratio_to_limit", round(summary.read() / seconds / limit()));
            history.put("functions", timings(system.functionTimings()));
            history.putAll(checkEveryCustomer(cdnow, config));
        }
        results.put("history", history);
        results.put("units", units(meter.snapshot(), (long) history.get("accepted")));
        // 5c. The timing job, fanned out, on the cards the replay left: per slice, and projected to 10 million.
        results.put("timing", TimingSliceBench.measure(dynamo, config, (int) history.get("customers_stored")));
    }

    private Map<String, Object> checkEveryCustomer(Path cdnow, WinbackConfig config) throws Exception {
        Map<String, CdnowReference.Expected> expected = CdnowReference.compute(cdnow, config.shopZone());
        CustomerItems items = new CustomerItems(config.bands(), config.sleep());
        Map<String, Customer> stored = new HashMap<>();
        dynamo.scanPaginator(b -> b.tableName(config.customersTable())).items()
                .forEach(item -> stored.put(item.get(CustomerItems.CUSTOMER_KEY).s(), items.fromItem(item)));
        List<String> wrong = new ArrayList<>();
        expected.forEach((id, want) -> {
            Customer got = stored.get(id);
            if (got == null || !matches(want, got, config)) {
                wrong.add(id);
            }
        });
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("customers_expected", expected.size());
        check.put("customers_stored", stored.size());
        check.put("customers_wrong", wrong.size());
        check.put("first_wrong", wrong.stream().limit(5).toList());
        return check;
    }

    private static boolean matches(CdnowReference.Expected want, Customer got, WinbackConfig config) {
        var s = got.stats();
        return want.purchases() == s.purchases() && s.returns() == 0
                && want.netSpent().equals(s.netSpent()) && want.averageCheck().equals(s.averageCheck())
                && want.firstPurchaseAt().equals(s.firstPurchaseAt()) && want.lastPurchaseAt().equals(s.lastPurchaseAt())
                && want.visitDays() == s.visitDays().size() && want.lastVisitDay().equals(s.lastVisitDay())
                && java.util.Objects.equals(want.meanIntervalDays(), s.meanIntervalDays())
                && java.util.Objects.equals(want.medianIntervalDays(), s.medianIntervalDays())
                && want.band().equals(got.band(config.bands()).label())
                && want.sleepAt().equals(got.sleepAt(config.bands(), config.sleep()));
    }

    private static Map<String, Object> units(Map<String, Double> units, long sales) {
        Map<String, Object> perSale = new LinkedHashMap<>();
        double webhookTable = units.getOrDefault("ingest.write.table", 0.0) / sales;
        // Every index a write touched (byCustomer and byDay for a sale; bySleepAt and the others for a customer).
        double webhookIndex = sumOf(units, "ingest.write.index.") / sales;
        double statsTable = units.getOrDefault("stats.write.table", 0.0) / sales;
        double statsIndex = sumOf(units, "stats.write.index.") / sales;
        // The buyers index (SaleLines): one entry per distinct SKU and one per distinct group on a receipt.
        double lines = units.getOrDefault("lines.write.total", 0.0) / sales;
        perSale.put("wru_per_sale_webhook", round(webhookTable + webhookIndex));
        perSale.put("wru_per_sale_webhook_index", round(webhookIndex));
        perSale.put("wru_per_sale_stats", round(statsTable + statsIndex));
        perSale.put("wru_per_sale_stats_table", round(statsTable));
        perSale.put("wru_per_sale_stats_index", round(statsIndex));
        perSale.put("wru_per_sale_sale_lines", round(lines));
        perSale.put("wru_per_sale", round(webhookTable + webhookIndex + statsTable + statsIndex + lines));
        perSale.put("wru_per_sale_named", WriteUnitNames.perSale(units, sales));
        perSale.put("rru_per_sale_webhook", round(units.getOrDefault("ingest.read.total", 0.0) / sales));
        perSale.put("rru_per_sale_stats", round(units.getOrDefault("stats.read.total", 0.0) / sales));
        perSale.put("rru_per_sale", round((units.getOrDefault("ingest.read.total", 0.0)
                + units.getOrDefault("stats.read.total", 0.0)) / sales));
        return perSale;
    }

    private static double sumOf(Map<String, Double> units, String prefix) {
        return units.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToDouble(Map.Entry::getValue).sum();
    }

    // 3. Cost per million sales, from the measured units and handler times and published on-demand prices.
    @SuppressWarnings("unchecked")
    private void costModel() {
        Map<String, Object> units = (Map<String, Object>) results.get("units");
        Map<String, Object> cost = new LinkedHashMap<>();
        for (int batch : new int[]{1, 100}) {
            Map<String, Object> run = (Map<String, Object>) results.get("ingest_batch" + batch);
            Map<String, Map<String, Object>> functions = (Map<String, Map<String, Object>>) run.get("functions");
            cost.putAll(CostModel.perMillionSales(batch, (double) units.get("wru_per_sale"),
                    (double) units.get("rru_per_sale"), functions, (int) run.get("sales")));
        }
        results.put("cost", cost);
    }

    private static Map<String, FunctionTimings.Totals> since(Map<String, FunctionTimings.Totals> before,
                                                            Map<String, FunctionTimings.Totals> after) {
        Map<String, FunctionTimings.Totals> difference = new LinkedHashMap<>();
        after.forEach((name, t) -> {
            FunctionTimings.Totals earlier = before.getOrDefault(name, new FunctionTimings.Totals(0, 0));
            difference.put(name, new FunctionTimings.Totals(t.invocations() - earlier.invocations(),
                    t.nanos() - earlier.nanos()));
        });
        return difference;
    }

    private static Map<String, Object> timings(Map<String, FunctionTimings.Totals> totals) {
        Map<String, Object> out = new LinkedHashMap<>();
        totals.forEach((name, t) -> out.put(name, Map.of("invocations", t.invocations(),
                "avg_ms", round(t.averageMillis()))));
        return out;
    }

    private double limit() {
        return figure("raw", "limit_per_s");
    }

    /**
     * Every phase starts on a fresh in-memory DynamoDB Local: the same software and settings, but no stream records
     * left by an earlier phase (DynamoDB Local's stream reads slow down as its stream store grows).
     */
    private void freshDynamoDbLocal() {
        if (embedded != null) {
            embedded.shutdown();
        }
        embedded = DynamoDbLocal.inMemory();
        dynamo = embedded.dynamoDbClient();
    }

    private WinbackConfig freshTables() {
        int n = tableSets.incrementAndGet();
        WinbackConfig config = WinbackConfig.from(Map.of(WinbackConfig.SALES_TABLE, "bench-sales-" + n,
                WinbackConfig.CUSTOMERS_TABLE, "bench-customers-" + n, WinbackConfig.SALE_LINES_TABLE, "bench-sale-lines-" + n,
                WinbackConfig.WEBHOOK_SECRETS, "bench-webhook-secret", WinbackConfig.API_TOKENS, "bench-api-token"));
        TableDefinitions.createIfMissing(dynamo, config.salesTable(), config.customersTable());
        // The stats function writes the buyers index too: its units count in the cost of a sale.
        TableDefinitions.createIfMissing(dynamo, io.winback.dynamo.SaleLinesTable.definition(config.saleLinesTable()));
        return config;
    }

    /** A typical receipt: two lines, contact details, about the size POS systems send. */
    private static Sale sale(String saleId, String customerId, int n) {
        return sale(saleId, customerId, n, OffsetDateTime.parse("2025-01-01T12:00:00+03:00").plusMinutes(n));
    }

    /** As {@link #saleJson}'s receipt for the same {@code n} (the phone is made of it), made at {@code at}. */
    static Sale sale(String saleId, String customerId, int n, OffsetDateTime at) {
        Sale sample = Priming.sampleSale();
        return new Sale(saleId, sample.type(), null, "store-1", at, new SaleCustomer(customerId, "+7916" + String.format("%07d", n % 10_000_000), null,
                null, "Customer " + customerId, null, null, null, new io.winback.consent.Consent(true, false)),
                List.of(sample.lines().getFirst(), sample.lines().getFirst()), new BigDecimal("2.00"), "RUB",
                new BigDecimal("0.00"));
    }

    static Map<String, Object> saleJson(String saleId, String customerId, int n) {
        Map<String, Object> sale = new LinkedHashMap<>();
        sale.put("saleId", saleId);
        sale.put("storeId", "store-1");
        sale.put("occurredAt", OffsetDateTime.parse("2025-01-01T12:00:00+03:00").plusMinutes(n).toString());
        sale.put("customer", Map.of("id", customerId, "phone", "+7916" + String.format("%07d", n % 10_000_000),
                "name", "Customer " + customerId, "consent", Map.of("sms", true, "email", false)));
        Map<String, Object> line = Map.of("sku", "P", "group", "g", "name", "n", "quantity", 1,
                "price", new BigDecimal("1.00"), "discount", new BigDecimal("0.00"));
        sale.put("lines", List.of(line, line));
        sale.put("total", new BigDecimal("2.00"));
        return sale;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
