package io.winback.check;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.RefillIndexRefresh;
import io.winback.chain.RefillSchedule;
import io.winback.cycles.CustomerCyclePolicy;
import io.winback.cycles.CycleEvidencePolicy;
import io.winback.chain.WorkQueue;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoBirthdayIndex;
import io.winback.dynamo.DynamoCampaigns;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoEpisodes;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.dynamo.DynamoRefillIndex;
import io.winback.dynamo.DynamoSegmentMemberships;
import io.winback.dynamo.DynamoSaleLineIndex;
import io.winback.report.Product;
import io.winback.snapstart.Priming;
import io.winback.sqs.SqsClients;
import io.winback.sqs.SqsWorkQueue;
import io.winback.time.WallClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

/** Lambda entry point of the daily check, invoked by EventBridge Scheduler with {@code {"scheduledTime": ...}}. */
public final class SleepingCheckHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final SleepingCheck check;

    public SleepingCheckHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), null);
    }

    /** {@code queue} null: the SQS queue named by WORK_QUEUE_URL. */
    public SleepingCheckHandler(DynamoDbClient dynamo, WinbackConfig config, WorkQueue queue) {
        this(dynamo, config, queue, CapacityMeter.NONE);
    }

    /** With {@code meter} summing the units of the index queries under purpose "check" (the benchmark's cost). */
    public SleepingCheckHandler(DynamoDbClient dynamo, WinbackConfig config, WorkQueue queue, CapacityMeter meter) {
        // Only read here (which birthday and cross-sell chains are in force); the clock would only stamp a stored version.
        this(dynamo, config, queue, meter,
                new DynamoChainConfigurationStore(dynamo, config.chains().chainsTable(), WallClock.utc()));
    }

    /** With {@code configurations} telling which birthday and cross-sell chains are in force (the Chains table's, in AWS). */
    public SleepingCheckHandler(DynamoDbClient dynamo, WinbackConfig config, WorkQueue queue, CapacityMeter meter,
                                ChainConfigurationStore configurations) {
        WorkQueue workQueue = queue != null ? queue
                : new SqsWorkQueue(SqsClients.fromEnvironment(), config.chains().workQueueUrl());
        var customers = new DynamoCustomerStore(dynamo, config.customersTable(),
                new CustomerItems(config.bands(), config.sleep()), meter, "check");
        var episodes = new DynamoEpisodes(dynamo, config.chains().chainsTable(), meter, "check");
        var birthdays = new DynamoBirthdayIndex(dynamo, config.customersTable(), meter, "check");
        var buyers = new DynamoSaleLineIndex(dynamo, config.saleLinesTable(), meter, "check");
        var refillIndex = new DynamoRefillIndex(dynamo, config.chains().chainsTable(), meter, "check");
        var cycles = new DynamoPurchaseCycles(dynamo, config.chains().chainsTable(), meter, "check");
        var segmentFlips = new DynamoSegmentMemberships(dynamo, config.chains().chainsTable(), meter, "check");
        var refills = new DueRefills(new RefillIndexRefresh(new RefillSchedule(configurations, cycles,
                CycleEvidencePolicy.DEFAULT, CustomerCyclePolicy.DEFAULT), refillIndex, buyers, cycles), refillIndex);
        this.check = new SleepingCheck(customers, new DueBirthdays(configurations, birthdays), refills,
                new DueCrossSells(configurations, buyers), episodes, segmentFlips,
                new DueCampaigns(new DynamoCampaigns(dynamo, config.chains().chainsTable(), meter, "check"),
                        segmentFlips.shards()), workQueue, config.shopZone(),
                config.chains().quietHours());
        // Priming walks the index queries for a day long before any data; nothing is queued.
        Priming.beforeSnapshot("sleeping-check", () -> {
            customers.undecidedSleepersBy(LocalDate.EPOCH);
            birthdays.bornBetween(MonthDay.of(1, 1), MonthDay.of(1, 1));
            refillIndex.dueBetween(LocalDate.EPOCH, LocalDate.EPOCH);
            buyers.forEach(Product.group(Priming.NEVER_A_KEY), LocalDate.EPOCH, LocalDate.EPOCH, entry -> { });
            episodes.dueBy(LocalDate.EPOCH);
            segmentFlips.flipsDueBy(LocalDate.EPOCH);
        });
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return check.run(ScheduledTime.of(event)).summary();
    }
}
