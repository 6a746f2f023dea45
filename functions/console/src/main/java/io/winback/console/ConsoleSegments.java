package io.winback.console;

import io.winback.chain.WorkQueue;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.sleep.SleepRule;
import io.winback.dynamo.DynamoCustomerPages;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoFillProgress;
import io.winback.dynamo.DynamoPurchaseDays;
import io.winback.dynamo.DynamoSegmentConfigurationStore;
import io.winback.dynamo.DynamoSegmentMemberships;
import io.winback.dynamo.DynamoSegments;
import io.winback.json.segment.SegmentCreation;
import io.winback.segment.ProspectiveCount;
import io.winback.segment.SegmentFill;
import io.winback.sqs.SqsClients;
import io.winback.sqs.SqsWorkQueue;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** The segments pages wired to DynamoDB and the work queue, as the chains API wires its segment edits. */
final class ConsoleSegments {
    private static final String PURPOSE = "console";

    private ConsoleSegments() {
    }

    /** @param queue where a save queues its fill; null: the work queue WORK_QUEUE_URL names */
    static SegmentPages pages(DynamoDbClient dynamo, WinbackConfig config, Clock clock, WorkQueue queue,
                              ConsoleAuth auth, SleepRule sleep) {
        String table = config.chains().chainsTable();
        var items = new CustomerItems(config.bands(), sleep);
        var customers = new DynamoCustomerStore(dynamo, config.customersTable(), items, CapacityMeter.NONE, PURPOSE);
        var pages = new DynamoCustomerPages(dynamo, config.customersTable(), items, CapacityMeter.NONE, PURPOSE);
        var definitions = new DynamoSegmentConfigurationStore(dynamo, table, clock);
        var memberships = new DynamoSegmentMemberships(dynamo, table, CapacityMeter.NONE, PURPOSE);
        var fills = new DynamoFillProgress(dynamo, table, CapacityMeter.NONE, PURPOSE);
        var fill = new SegmentFill(DynamoSegments.memberships(dynamo, table, config.salesTable(), config.standing(),
                config.shopZone(), clock, CapacityMeter.NONE, PURPOSE), pages, customers, fills);
        WorkQueue work = queue != null ? queue
                : new SqsWorkQueue(SqsClients.fromEnvironment(), config.chains().workQueueUrl());
        var count = new ProspectiveCount(pages, new DynamoPurchaseDays(dynamo, config.salesTable(),
                CapacityMeter.NONE, PURPOSE, config.shopZone()), memberships, config.standing(), config.shopZone(),
                clock);
        return new SegmentPages(auth, definitions, new SegmentCreation(definitions, fill, work, clock), count,
                memberships, fills, clock, config.shopZone(), config.defaultCurrency());
    }
}
