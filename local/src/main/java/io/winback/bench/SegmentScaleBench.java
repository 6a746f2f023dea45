package io.winback.bench;

import io.winback.campaign.CampaignDefinition;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.WorkItem;
import io.winback.chain.WorkQueue;
import io.winback.config.WinbackConfig;
import io.winback.consent.Consent;
import io.winback.domain.Customer;
import io.winback.domain.SaleCustomer;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCampaigns;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.DynamoCustomerPages;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoFillProgress;
import io.winback.dynamo.DynamoSegmentConfigurationStore;
import io.winback.dynamo.DynamoSegmentMemberships;
import io.winback.dynamo.DynamoSegments;
import io.winback.json.Json;
import io.winback.json.segment.ParsedSegment;
import io.winback.json.segment.SegmentDefinitionJson;
import io.winback.local.LocalSystem;
import io.winback.messages.MessageContent;
import io.winback.messages.Outbox;
import io.winback.segment.MembershipChange;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentFill;
import io.winback.segment.StoredMemberships;
import io.winback.sqs.SqsEvents;
import io.winback.time.WallClock;
import io.winback.worker.ChainWorkerHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Segments and campaigns at scale, each figure a ratio or a count of one run: what 20 segments add to a sale on the
 * stream when no membership changes, what filling a new segment reads per customer, the daily check's reads with
 * segments' flip days on a small and a ten times larger base, and a campaign's start page by page, projected to
 * 100,000 members. Every DynamoDB request goes through {@link MeteredDynamo}, so reads the code does not meter itself
 * (the definitions, read once per stream batch and per page) count too.
 */
final class SegmentScaleBench {
    static final int SEGMENTS = 20;
    static final int STREAM_SALES = 2_000;
    static final int FILL_CUSTOMERS = 10_000;
    static final int CAMPAIGN_MEMBERS = 3_200;
    static final int PROJECTED_MEMBERS = 100_000;
    /** template.yaml: ChainWorkerFunction's Timeout. */
    private static final double WORKER_TIMEOUT_S = 60;
    private static final String FILLED_SEGMENT = "spent-5000";
    private static final String CAMPAIGN_SEGMENT = "bench-list";
    private static final AtomicInteger TABLE_SETS = new AtomicInteger();

    /** Sizes of one run: the bench's, or a test's tiny ones. */
    record Sizes(int streamSales, int fillCustomers, int campaignMembers, int flipsDue, int smallBase, int largeBase) {
        static final Sizes BENCH = new Sizes(STREAM_SALES, FILL_CUSTOMERS, CAMPAIGN_MEMBERS, TriggersBench.DUE_TODAY,
                TriggersBench.SMALL_BASE, TriggersBench.LARGE_BASE);
    }

    /** A fresh DynamoDB Local: its client and its stream's. */
    interface FreshDynamo {
        DynamoDbClient fresh();

        DynamoDbStreamsClient streams();
    }

    private final FreshDynamo dynamoLocal;
    private final Sizes sizes;

    SegmentScaleBench(FreshDynamo dynamoLocal, Sizes sizes) {
        this.dynamoLocal = dynamoLocal;
        this.sizes = sizes;
    }

    /** {@code segments} figures (added to the RFM job's block) and {@code campaigns} figures. */
    record Figures(Map<String, Object> segments, Map<String, Object> campaigns) {
    }

    Figures measure() throws Exception {
        Map<String, Object> segments = new LinkedHashMap<>();
        segments.putAll(stream());
        segments.putAll(fill());
        Supplier<DynamoDbClient> fresh = dynamoLocal::fresh;
        Map<String, Object> check = new TriggersBench(fresh, List.of(new SegmentFlipScenario()), sizes.flipsDue(),
                sizes.smallBase(), sizes.largeBase()).measure();
        ((Map<?, ?>) check.get(SegmentFlipScenario.NAME)).forEach((figure, value) -> segments.put(
                figure.toString().startsWith("check_") ? figure.toString() : "check_" + figure, value));
        return new Figures(segments, campaign());
    }

    // 1. The stream: the same sales with and without 20 segments none of which their customers meet or flip.
    private Map<String, Object> stream() throws Exception {
        Map<String, Double> without = streamUnits(false);
        Map<String, Double> with = streamUnits(true);
        // A change of memberships is a transaction; the stats function's own transactions are in both runs alike.
        if (with.getOrDefault("write.TransactWriteItems", 0.0) > without.getOrDefault("write.TransactWriteItems", 0.0)) {
            throw new IllegalStateException("the stream's sales changed memberships; the 20 segments must hold for"
                    + " none of their customers: " + with + " against " + without);
        }
        double sales = sizes.streamSales();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stream_sales", sizes.streamSales());
        out.put("stream_segments", SEGMENTS);
        out.put("stream_wru_per_sale_no_segments", Benchmark.round(MeteredDynamo.writes(without) / sales));
        out.put("stream_wru_per_sale_20_segments_no_change", Benchmark.round(MeteredDynamo.writes(with) / sales));
        out.put("stream_added_wru_per_sale",
                Benchmark.round((MeteredDynamo.writes(with) - MeteredDynamo.writes(without)) / sales));
        out.put("stream_rru_per_sale_no_segments", Benchmark.round(MeteredDynamo.reads(without) / sales));
        out.put("stream_rru_per_sale_20_segments_no_change", Benchmark.round(MeteredDynamo.reads(with) / sales));
        out.put("stream_added_rru_per_sale",
                Benchmark.round((MeteredDynamo.reads(with) - MeteredDynamo.reads(without)) / sales));
        out.put("stream_added_units_by_operation", perSale(MeteredDynamo.since(without, with), sales));
        return out;
    }

    /** Every unit the webhook and the stats function spent on the sales, by operation. */
    private Map<String, Double> streamUnits(boolean segments) throws Exception {
        DynamoDbClient plain = dynamoLocal.fresh();
        WinbackConfig config = tables(plain, "segstream", Map.of(WinbackConfig.WEBHOOK_SECRETS, "bench-webhook-secret",
                WinbackConfig.API_TOKENS, "bench-api-token"));
        if (segments) {
            storeDefinitions(plain, config, nothingMet());
        }
        MeteredDynamo metered = new MeteredDynamo(plain);
        Random random = new Random(7);
        List<String> saleJsons = new ArrayList<>();
        for (int i = 0; i < sizes.streamSales(); i++) {
            // One phone per customer, as a till sends it: a new one per receipt moved the card's byPhone entry on
            // every sale, a cost no shop pays that varied between the two runs compared.
            int customer = random.nextInt(Math.max(1, sizes.streamSales() / 5));
            Map<String, Object> sale = Benchmark.saleJson("seg-" + i, "C-" + customer, customer);
            sale.put("occurredAt", java.time.OffsetDateTime.parse("2025-01-01T12:00:00+03:00").plusMinutes(i).toString());
            saleJsons.add(Json.write(sale));
        }
        try (LocalSystem system = new LocalSystem(metered.client(), dynamoLocal.streams(), config, WallClock.utc(),
                CapacityMeter.NONE, 0)) {
            Map<String, Double> before = metered.snapshot();
            new WebhookPoster(system.baseUrl(), config.webhookSecrets().getFirst())
                    .postAll(Benchmark.requestBodies(saleJsons, 100), 4);
            system.drain(Duration.ofMinutes(5));
            return MeteredDynamo.since(before, metered.snapshot());
        }
    }

    /**
     * 20 segments of fields that never flip (spent, purchases, average check, gender, consent, store), none of which
     * the bench's customers (two lines of 1.00 a sale, SMS consent, store-1, no gender) meet.
     */
    static List<String> nothingMet() {
        List<String> definitions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            definitions.add(leaf("spent-" + i, "{\"field\":\"spent\",\"op\":\">=\",\"value\":" + (1_000_000 + i) + "}"));
        }
        for (int i = 0; i < 5; i++) {
            definitions.add(leaf("purchases-" + i, "{\"field\":\"purchases\",\"op\":\">\",\"value\":" + (1_000 + i) + "}"));
        }
        definitions.add(leaf("check-0", "{\"field\":\"averageCheck\",\"op\":\">=\",\"value\":100000}"));
        definitions.add(leaf("check-1", "{\"field\":\"averageCheck\",\"op\":\">=\",\"value\":200000}"));
        definitions.add(leaf("women", "{\"field\":\"gender\",\"value\":\"F\"}"));
        definitions.add(leaf("no-sms", "{\"field\":\"consent\",\"channel\":\"sms\",\"value\":false}"));
        definitions.add(leaf("moscow-9", "{\"field\":\"store\",\"value\":\"moscow-9\"}"));
        return definitions;
    }

    private static String leaf(String id, String condition) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"conditions\":{\"all\":[" + condition + "]}}";
    }

    private static SegmentConfiguration storeDefinitions(DynamoDbClient dynamo, WinbackConfig config,
                                                         List<String> definitions) {
        SegmentConfiguration configuration = SegmentConfiguration.NONE;
        for (String body : definitions) {
            if (!(SegmentDefinitionJson.read(body, configuration) instanceof ParsedSegment.Valid valid)) {
                throw new IllegalStateException("a bench segment is refused: " + body);
            }
            configuration = configuration.with(valid.definition());
        }
        return new DynamoSegmentConfigurationStore(dynamo, config.chains().chainsTable(), WallClock.utc())
                .storeNext(configuration, 0);
    }

    // 2. A new segment filled over the base, page by page through the real worker.
    private Map<String, Object> fill() throws Exception {
        DynamoDbClient plain = dynamoLocal.fresh();
        WinbackConfig config = tables(plain, "segfill", Map.of());
        CustomerItems items = new CustomerItems(config.bands(), config.sleep());
        LocalDate day = LocalDate.parse(ChainsBench.RUN_TIME.substring(0, 10));
        int customers = sizes.fillCustomers();
        CustomerBulkLoad.load(plain, config.customersTable(), items, 0, customers,
                i -> SegmentsBench.customer(i, day, config.shopZone()));
        long expected = 0;
        for (int i = 0; i < customers; i++) {
            expected += SegmentsBench.customer(i, day, config.shopZone()).stats().netSpent()
                    .compareTo(new BigDecimal("5000")) >= 0 ? 1 : 0;
        }
        SegmentConfiguration configuration = storeDefinitions(plain, config, List.of("{\"id\":\"" + FILLED_SEGMENT
                + "\",\"name\":\"Потратили от 5000\",\"conditions\":{\"all\":[{\"field\":\"spent\",\"op\":\">=\","
                + "\"value\":5000}]}}"));
        Instant runTime = OffsetDateTime.parse(ChainsBench.RUN_TIME).toInstant();
        // The chains API starts a fill so (records its start, queues the first page of each part).
        List<WorkItem> firstPages = new SegmentFill(DynamoSegments.memberships(plain, config.chains().chainsTable(),
                config.salesTable(), config.standing(), config.shopZone(), WallClock.utc(), CapacityMeter.NONE, "api"),
                new DynamoCustomerPages(plain, config.customersTable(), items, CapacityMeter.NONE, "api"),
                new DynamoCustomerStore(plain, config.customersTable(), items, CapacityMeter.NONE, "api"),
                new DynamoFillProgress(plain, config.chains().chainsTable(), CapacityMeter.NONE, "api"))
                .start(configuration, runTime);
        MeteredDynamo metered = new MeteredDynamo(plain);
        Pages pages = deliverOneByOne(firstPages, metered, plain, config);
        long members = new DynamoSegmentMemberships(plain, config.chains().chainsTable(), CapacityMeter.NONE, "bench")
                .count(FILLED_SEGMENT);
        if (members != expected) {
            throw new IllegalStateException("the fill left " + members + " members in " + FILLED_SEGMENT + ", the cards"
                    + " say " + expected);
        }
        Map<String, Double> units = pages.units();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fill_customers", customers);
        out.put("fill_members_joined", members);
        out.put("fill_pages", pages.count());
        out.put("fill_rru_per_customer", Benchmark.round(MeteredDynamo.reads(units) / customers));
        out.put("fill_rru_per_customer_by_operation", perSale(filter(units, "read."), customers));
        out.put("fill_wru_per_member_joined", Benchmark.round(MeteredDynamo.writes(units) / Math.max(1, members)));
        out.put("fill_max_page_ms", Benchmark.round(pages.maxMs()));
        out.put("fill_max_page_share_of_timeout", Benchmark.round(pages.maxMs() / 1000 / WORKER_TIMEOUT_S));
        // A fill already goes page by page through the work queue (one page of a part, one delivery): a page's time
        // does not grow with the base, so at 10 million customers the slowest invocation is the slowest page here.
        out.put("fill_projected_max_invocation_share_of_timeout_10m_customers",
                Benchmark.round(pages.maxMs() / 1000 / WORKER_TIMEOUT_S));
        out.put("fill_projected_pages_10m_customers", (long) Math.ceil(pages.count() * 10_000_000.0 / customers));
        return out;
    }

    // 4. A campaign's start: the check queues one page per shard, each page queues the next.
    private Map<String, Object> campaign() throws Exception {
        DynamoDbClient plain = dynamoLocal.fresh();
        WinbackConfig config = tables(plain, "segcampaign", Map.of());
        LocalDate visit = LocalDate.parse(ChainsBench.RUN_TIME.substring(0, 10)).minusDays(10);
        int count = sizes.campaignMembers();
        CustomerBulkLoad.load(plain, config.customersTable(), new CustomerItems(config.bands(), config.sleep()), 0,
                count, i -> ChainsBench.oneVisit("M-" + i, visit, new SaleCustomer("M-" + i,
                        "+7916" + String.format("%07d", i), null, null, "Анна", null, null, null,
                        new Consent(true, null)), config.shopZone()));
        storeDefinitions(plain, config, List.of("{\"id\":\"" + CAMPAIGN_SEGMENT + "\",\"name\":\"Список\","
                + "\"type\":\"static\"}"));
        var memberships = new DynamoSegmentMemberships(plain, config.chains().chainsTable(), CapacityMeter.NONE,
                "bench");
        // One after the other: every join moves one of the list's 16 counts, and DynamoDB Local's transactions
        // time out waiting for each other's locks when several threads move the same ones.
        for (int i = 0; i < count; i++) {
            memberships.apply("M-" + i, StoredMemberships.NONE, new MembershipChange(Set.of(CAMPAIGN_SEGMENT),
                    Set.of(), false, null), visit, Map.of(CAMPAIGN_SEGMENT, 1));
        }
        OffsetDateTime at = OffsetDateTime.parse(ChainsBench.RUN_TIME).minusHours(1);
        new DynamoCampaigns(plain, config.chains().chainsTable(), CapacityMeter.NONE, "bench")
                .create(new CampaignDefinition("bench-campaign", "Bench", CAMPAIGN_SEGMENT, at, 10,
                        ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS, List.of(new ChainStep(0, null,
                        Map.of(Channel.SMS, Map.of("ru", MessageContent.sms("{name}, для вас скидка"))),
                        List.of(Channel.SMS), null, ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS))));
        ChainsBench.CheckRun check = ChainsBench.check(plain, config, ChainsBench.RUN_TIME);
        ChainsBench.expect("campaign pages the check queued (one per shard)", memberships.shards(), check.queued());
        MeteredDynamo metered = new MeteredDynamo(plain);
        Pages pages = deliverOneByOne(check.items(), metered, plain, config);
        var campaign = new DynamoCampaigns(plain, config.chains().chainsTable(), CapacityMeter.NONE, "bench")
                .find("bench-campaign").orElseThrow();
        ChainsBench.expect("members the campaign entered", count, (int) campaign.entered());
        int fullPage = pages.largestEntered();
        // Each shard's members a page at a time: 100,000 spread over the shards by the customer key's hash.
        int perShard = (PROJECTED_MEMBERS + memberships.shards() - 1) / memberships.shards();
        int projected = memberships.shards() * ((perShard + fullPage - 1) / fullPage);
        Map<String, Double> units = pages.units();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("campaign_members", count);
        out.put("pages", pages.count());
        out.put("members_per_full_page", fullPage);
        out.put("members_per_page_avg", Benchmark.round((double) count / pages.count()));
        out.put("rru_per_page", Benchmark.round(MeteredDynamo.reads(units) / pages.count()));
        out.put("wru_per_page", Benchmark.round(MeteredDynamo.writes(units) / pages.count()));
        out.put("rru_per_member", Benchmark.round(MeteredDynamo.reads(units) / count));
        out.put("wru_per_member", Benchmark.round(MeteredDynamo.writes(units) / count));
        out.put("avg_page_ms", Benchmark.round(pages.totalMs() / pages.count()));
        out.put("max_page_ms", Benchmark.round(pages.maxMs()));
        out.put("max_page_share_of_timeout", Benchmark.round(pages.maxMs() / 1000 / WORKER_TIMEOUT_S));
        out.put("pages_for_100k_members", projected);
        // A campaign's start goes a page of a shard at a time (one delivery each): bounded whatever the segment's size.
        out.put("projected_max_invocation_share_of_timeout_10m_customers",
                Benchmark.round(pages.maxMs() / 1000 / WORKER_TIMEOUT_S));
        return out;
    }

    /** What pages of a paged pass cost, one SQS delivery each. */
    record Pages(int count, double totalMs, double maxMs, int largestEntered, Map<String, Double> units) {
    }

    /**
     * The pages, and each page's next, delivered one per invocation to the real worker on the metered client, as SQS
     * would with a batch of one: each page timed and metered alone.
     */
    private static Pages deliverOneByOne(List<WorkItem> first, MeteredDynamo metered, DynamoDbClient plain,
                                         WinbackConfig config) {
        Deque<WorkItem> queued = new ArrayDeque<>(first);
        WorkQueue queue = queued::addAll;
        Clock clock = Clock.fixed(OffsetDateTime.parse(ChainsBench.RUN_TIME).toInstant(), ZoneOffset.UTC);
        Outbox outbox = new Outbox(clock, config.chains().emailFrom());
        DynamoDbClient dynamo = metered.client();
        var worker = new ChainWorkerHandler(dynamo, config, clock,
                new DynamoChainConfigurationStore(dynamo, config.chains().chainsTable(), clock), outbox, outbox,
                ChainWorkerHandler.unsubscribeLinks(config.chains(), clock), CapacityMeter.NONE, queue);
        // The bench's own look at a campaign's count, past the meter: not the pages' reads.
        var campaigns = new DynamoCampaigns(plain, config.chains().chainsTable(), CapacityMeter.NONE, "bench");
        Map<String, Double> before = metered.snapshot();
        int count = 0;
        double total = 0;
        double max = 0;
        int largest = 0;
        while (!queued.isEmpty()) {
            WorkItem page = queued.poll();
            long entered = page instanceof WorkItem.StartCampaign c ? enteredSoFar(campaigns, c.campaignId()) : 0;
            long started = System.nanoTime();
            var answer = worker.handleRequest(SqsEvents.ofWorkItems(List.of(page), "page-" + count + "-"), null);
            double ms = (System.nanoTime() - started) / 1e6;
            if (!answer.getBatchItemFailures().isEmpty()) {
                throw new IllegalStateException("the worker failed a page: " + page);
            }
            if (page instanceof WorkItem.StartCampaign c) {
                largest = (int) Math.max(largest, enteredSoFar(campaigns, c.campaignId()) - entered);
            }
            count++;
            total += ms;
            max = Math.max(max, ms);
        }
        Map<String, Double> units = MeteredDynamo.since(before, metered.snapshot());
        return new Pages(count, total, max, largest, units);
    }

    private static long enteredSoFar(DynamoCampaigns campaigns, String id) {
        return campaigns.find(id).map(c -> c.entered()).orElse(0L);
    }

    private static WinbackConfig tables(DynamoDbClient dynamo, String prefix, Map<String, String> more) {
        return ChainsBench.tables(dynamo, prefix + "-" + TABLE_SETS.incrementAndGet(), more);
    }

    private static Map<String, Double> filter(Map<String, Double> units, String prefix) {
        Map<String, Double> kept = new LinkedHashMap<>();
        units.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    private static Map<String, Double> perSale(Map<String, Double> units, double count) {
        Map<String, Double> out = new LinkedHashMap<>();
        units.forEach((key, value) -> out.put(key, Benchmark.round(value / count)));
        return out;
    }
}
