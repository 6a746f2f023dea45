package io.winback.worker;

import io.winback.config.StoredTiming;
import io.winback.sleep.InMemoryTimingStore;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.winback.chain.BudgetCap;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.Episode;
import io.winback.chain.Touch;
import io.winback.chain.WorkItem;
import io.winback.check.SleepingCheckHandler;
import io.winback.config.WinbackConfig;
import io.winback.consent.Consent;
import io.winback.domain.Customer;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleType;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCallTasks;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoEpisodes;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.dynamo.DynamoTouches;
import io.winback.messages.Outbox;
import io.winback.sqs.SqsEvents;
import io.winback.testing.LocalDynamo;
import io.winback.testing.SalesStream;
import io.winback.stats.CustomerStatsHandler;
import io.winback.time.ManualClock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A shop on DynamoDB Local with the real daily check and the real chain worker handler between them a queue that
 * delivers SQS batches as Lambda would, and an outbox in place of SNS and SES. Sales are applied to customers the
 * way the stats function applies them.
 */
final class Shop {
    static final String MOSCOW_10AM = "T10:00:00+03:00";
    final WinbackConfig config;
    /** Pinned: a worker reading the wall clock would judge quiet hours by the hour the suite runs. */
    final ManualClock clock = new ManualClock(OffsetDateTime.parse("2026-12-05" + MOSCOW_10AM).toInstant());
    final Outbox outbox = new Outbox(clock);
    final DynamoCustomerStore customers;
    final DynamoSalesStore sales;
    final DynamoEpisodes episodeStore;
    final DynamoTouches touchStore;
    final DynamoCallTasks callTasks;
    final List<WorkItem> queue = new ArrayList<>();
    final SleepingCheckHandler check;
    final ChainWorkerHandler worker;
    final ChainConfigurationStore configurations;
    /** What the timing job put in force (the playbook until a test stores a model): the stats and the worker read it. */
    final InMemoryTimingStore timing = new InMemoryTimingStore();
    /** The real stats function, made on first use ({@link #buysThroughTheStream}). */

    private CustomerStatsHandler stats;

    Shop() {
        this(Map.of());
    }

    Shop(Map<String, String> settings) {
        this(settings, new PlaybookConfigurations());
    }

    Shop(Map<String, String> settings, PlaybookConfigurations configurations) {
        this(settings, (config, clock) -> configurations);
    }

    /**
     * A shop whose chains are stored version after version ({@link #storeChains}) in its Chains table, as the chains
     * API stores them (the JSON of every trigger), where the daily check and the worker both read them.
     */
    static Shop storingChains(Map<String, String> settings) {
        return new Shop(settings, (config, clock) -> new DynamoChainConfigurationStore(LocalDynamo.client(),
                config.chains().chainsTable(), clock));
    }

    private Shop(Map<String, String> settings, BiFunction<WinbackConfig, Clock, ChainConfigurationStore> configurationsOf) {
        Map<String, String> env = new HashMap<>(settings);
        env.putIfAbsent(WinbackConfig.HOLDOUT_PERCENT, "0");
        env.putIfAbsent(WinbackConfig.STORE_NAME, "Кофейня на Покровке");
        this.config = LocalDynamo.freshTables(env);
        var dynamo = LocalDynamo.client();
        this.customers = new DynamoCustomerStore(dynamo, config.customersTable(),
                new CustomerItems(config.bands(), StoredTiming.rule(timing, config, clock)), CapacityMeter.NONE,
                "test");
        this.sales = new DynamoSalesStore(dynamo, config.salesTable(), CapacityMeter.NONE,
                config.shopZone());
        String chains = config.chains().chainsTable();
        this.episodeStore = new DynamoEpisodes(dynamo, chains, CapacityMeter.NONE, "test");
        this.touchStore = new DynamoTouches(dynamo, chains, CapacityMeter.NONE, "test");
        this.callTasks = new DynamoCallTasks(dynamo, chains, CapacityMeter.NONE, "test");
        this.configurations = configurationsOf.apply(config, clock);
        this.check = new SleepingCheckHandler(dynamo, config, queue::addAll, CapacityMeter.NONE, configurations);
        this.worker = new ChainWorkerHandler(dynamo, config, clock, configurations, outbox,
                outbox, (key, channel) -> "http://localhost:8080/v1/unsubscribe?token=t-"
                        + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8) + "-" + channel.wireName(),
                CapacityMeter.NONE, null, timing);
    }

    /** Stores {@code chains} as the next configuration version (the budget as the playbook's); returns it. */
    ChainConfiguration storeChains(Chain... chains) {
        int current = configurations.current().version();
        return configurations.storeNext(new ChainConfiguration(current + 1, List.of(chains), BudgetCap.DEFAULT), current);
    }

    /** The shop's totals as the stats function keeps them: what its real average check is computed from. */
    void shopTotals(int purchases, String netSpent) {
        new io.winback.dynamo.DynamoShopTotalsWriter(LocalDynamo.client(), config.chains().chainsTable(), CapacityMeter.NONE)
                .add(purchases, new BigDecimal(netSpent));
    }

    /** A customer with a phone and SMS consent buys on {@code day} (shop time, noon). */
    Sale buys(String customerKey, String day, String total) {
        return buys(customerKey, day, total, "0", contact(customerKey, true, null, false));
    }

    static SaleCustomer contact(String customerKey, boolean smsConsent, String email, boolean emailConsent) {
        return new SaleCustomer(customerKey, "+7916" + String.format("%07d", Math.abs(customerKey.hashCode()) % 10_000_000),
                email, null, "Анна", null, null, null, new Consent(smsConsent, emailConsent));
    }

    Sale buys(String customerKey, String day, String total, String bonusRedeemed, SaleCustomer who) {
        Sale sale = sale(customerKey, day, total, bonusRedeemed, who);
        record(sale);
        return sale;
    }

    /** A receipt of {@code day} at noon, shop time. */
    static Sale sale(String customerKey, String day, String total, String bonusRedeemed, SaleCustomer who) {
        return new Sale(customerKey + "-" + day + "-" + total, SaleType.SALE, null, "moscow-1",
                OffsetDateTime.parse(day + "T12:00:00+03:00"), who, List.of(), new BigDecimal(total).setScale(2),
                "RUB", new BigDecimal(bonusRedeemed).setScale(2));
    }

    /**
     * The customer buys one unit of each of {@code groups} on {@code day} at noon (shop time): the webhook stores the
     * receipt and the real stats function applies it from the Sales stream, ending at once the episodes it ends.
     */
    Sale buysThroughTheStream(String customerKey, String day, String total, String... groups) {
        return throughTheStream(ofGroups(customerKey, day, total, groups));
    }

    /** The webhook stores {@code sale} (a purchase or a return) and the real stats function applies it. */
    Sale throughTheStream(Sale sale) {
        sales.record(sale, clock.instant());
        if (stats == null) {
            stats = new CustomerStatsHandler(LocalDynamo.client(), config, clock, CapacityMeter.NONE, configurations,
                    timing);
        }
        var response = stats.handleRequest(SalesStream.batchOf(config.salesTable(), List.of(sale.saleId())), null);
        if (!response.getBatchItemFailures().isEmpty()) {
            throw new IllegalStateException("the stats function sent the batch back");
        }
        return sale;
    }

    /** A receipt of {@code day} at noon of one unit of each of {@code groups}, by a customer with SMS consent. */
    static Sale ofGroups(String customerKey, String day, String total, String... groups) {
        Sale plain = sale(customerKey, day, total, "0", contact(customerKey, true, null, false));
        List<io.winback.domain.SaleLine> lines = java.util.Arrays.stream(groups).map(group ->
                new io.winback.domain.SaleLine(group + "-1", group, group, BigDecimal.ONE, plain.total(), null)).toList();
        return new Sale(plain.saleId(), plain.type(), null, plain.storeId(), plain.occurredAt(), plain.customer(),
                lines, plain.total(), plain.currency(), plain.bonusRedeemed());
    }

    /** The webhook stored the sale, but the stats function has not applied it yet (stream lag, a batch retried). */
    Sale buysUnseenByTheStats(String customerKey, String day, String total) {
        Sale sale = sale(customerKey, day, total, "0", contact(customerKey, true, null, false));
        sales.record(sale, clock.instant());
        return sale;
    }

    /** Stores the sale and applies it to its customer, as webhook and stats function do. */
    void record(Sale sale) {
        sales.record(sale, clock.instant());
        for (int attempt = 0; attempt < 10; attempt++) {
            Customer current = customers.find(sale.customerKey()).orElseGet(() -> Customer.firstSeen(sale.customerKey()));
            if (customers.saveIfUnchanged(current.apply(sale, clock.instant(), config.shopZone()), clock.instant())) {
                return;
            }
        }
        throw new IllegalStateException("could not apply " + sale.saleId());
    }

    /** Runs the daily check for 10:00 Moscow time on {@code day}, then the worker on everything it queued. */
    List<String> checkOn(String day) {
        return checkAt(day + MOSCOW_10AM);
    }

    List<String> checkAt(String time) {
        return checkAt(time, java.time.Duration.ZERO);
    }

    /** The run of {@code time}, its work delivered when the wall clock is {@code late} past it (a retry, a redrive). */
    List<String> checkAt(String time, java.time.Duration late) {
        clock.set(OffsetDateTime.parse(time).toInstant().plus(late));
        check.handleRequest(Map.of("scheduledTime", time), null);
        return deliverQueue();
    }

    /** Delivers what is queued in SQS batches of 10; returns the message ids the worker reported as failed. */
    List<String> deliverQueue() {
        List<WorkItem> items = new ArrayList<>(queue);
        queue.clear();
        List<String> failed = new ArrayList<>();
        for (int from = 0; from < items.size(); from += 10) {
            SQSEvent event = SqsEvents.ofWorkItems(items.subList(from, Math.min(items.size(), from + 10)), "m-" + from + "-");
            SQSBatchResponse response = worker.handleRequest(event, null);
            response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
        }
        return failed;
    }

    List<Outbox.Message> smsTo(String customerKey) {
        String phone = contact(customerKey, true, null, false).phone();
        return outbox.messages().stream().filter(m -> m.channel().equals("sms") && m.to().equals(phone)).toList();
    }

    Customer customer(String key) {
        return customers.find(key).orElseThrow();
    }

    List<Episode> episodes(String key) {
        return episodeStore.episodesOf(key);
    }

    List<Touch> touches(String key) {
        return touchStore.touchesOf(key);
    }

    /** The keyed hash a customer is named by outside Winback (touch ids at the providers, task ids). */
    String refOf(String customerKey) {
        return config.chains().customerRefs().of(customerKey);
    }

    static Instant at(String day) {
        return OffsetDateTime.parse(day + MOSCOW_10AM).toInstant();
    }
}
