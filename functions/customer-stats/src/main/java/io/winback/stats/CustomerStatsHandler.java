package io.winback.stats;

import io.winback.time.WallClock;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.winback.config.StoredTiming;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoAppliedSaleMarkers;
import io.winback.dynamo.DynamoBonusHistory;
import io.winback.dynamo.CustomerItems;
import io.winback.sleep.TimingStore;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoCallTasks;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.OpenEpisodeMarks;
import io.winback.chain.RefillSchedule;
import io.winback.cycles.CustomerCyclePolicy;
import io.winback.cycles.CycleEvidencePolicy;
import io.winback.dynamo.DynamoConsentLedger;
import io.winback.dynamo.DynamoEpisodes;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.cycles.PurchaseCycles;
import io.winback.dynamo.DynamoTouches;
import io.winback.dynamo.DynamoSaleLineIndex;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.dynamo.DynamoSegments;
import io.winback.domain.PurchaseHistory;
import io.winback.dynamo.DynamoShopTotalsWriter;
import io.winback.dynamo.DynamoTombstones;
import io.winback.erasure.ErasedCustomers;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Lambda entry point for the Sales table stream (INSERT records): customer statistics, the replenishment cycles, the
 * episodes a purchase ends, and the buyers index. Reports failed records with
 * ReportBatchItemFailures so Lambda retries from the first failure instead of the whole batch.
 */
public final class CustomerStatsHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private final SalesStreamProcessor processor;

    public CustomerStatsHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc(), CapacityMeter.NONE);
    }

    public CustomerStatsHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter) {
        this(dynamo, config, clock, meter,
                new DynamoChainConfigurationStore(dynamo, config.chains().chainsTable(), clock));
    }

    /** @param configurations where the episodes' chains are read from: each one's trigger says what ends it */
    public CustomerStatsHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter,
                                ChainConfigurationStore configurations) {
        this(dynamo, config, clock, meter, configurations, StoredTiming.of(dynamo, config));
    }

    /**
     * @param timing what the timing job put in force: every purchase writes the card's sleep day under it, read
     *               through a cache of {@link io.winback.sleep.CachedTimingStore#FRESH_FOR}
     */
    public CustomerStatsHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter,
                                ChainConfigurationStore configurations, TimingStore timing) {
        CustomerItems items = new CustomerItems(config.bands(), StoredTiming.rule(timing, config, clock));
        String chainsTable = config.chains().chainsTable();
        var customers = new DynamoCustomerStore(dynamo, config.customersTable(), items, meter, "stats");
        var cycles = new DynamoPurchaseCycles(dynamo, chainsTable, meter, "cycles");
        this.processor = new SalesStreamProcessor(new CustomerStatsUpdater(
                customers,
                new DynamoAppliedSaleMarkers(dynamo, chainsTable, meter, "stats"),
                new DynamoBonusHistory(dynamo, chainsTable, meter, "stats"),
                new DynamoShopTotalsWriter(dynamo, chainsTable, meter),
                new DynamoConsentLedger(dynamo, chainsTable, meter, "stats"),
                new PurchaseCycles(cycles, new RefillSchedule(configurations, cycles, CycleEvidencePolicy.DEFAULT,
                        CustomerCyclePolicy.DEFAULT), config.shopZone()),
                DynamoSegments.memberships(dynamo, config.chains().chainsTable(),
                config.salesTable(), config.standing(), config.shopZone(), clock, meter, "segments"),
                config.shopZone(), clock),
                new EpisodesEndedByPurchase(new DynamoEpisodes(dynamo, chainsTable, meter, "stats"),
                        new DynamoTouches(dynamo, chainsTable, meter, "stats"),
                        new DynamoCallTasks(dynamo, chainsTable, meter, "stats"), new PurchaseHistory(
                        new DynamoSalesStore(dynamo, config.salesTable(), meter, config.shopZone())),
                        configurations, new OpenEpisodeMarks(customers, clock), config.chains().customerRefs(),
                        clock),
                new DynamoSaleLineIndex(dynamo, config.saleLinesTable(), meter, "lines"),
                new ErasedCustomers(config.erasedKeys(),
                        new DynamoTombstones(dynamo, config.customersTable(), meter, "stats")),
                config.shopZone());
        Priming.beforeSnapshot("customer-stats", processor::prime);
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        return processor.process(event);
    }
}
