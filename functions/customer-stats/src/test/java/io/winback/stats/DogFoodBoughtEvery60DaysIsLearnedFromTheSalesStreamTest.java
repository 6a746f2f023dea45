package io.winback.stats;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.winback.config.WinbackConfig;
import io.winback.cycles.CycleEvidencePolicy;
import io.winback.cycles.GroupCycle;
import io.winback.cycles.GroupEvidence;
import io.winback.cycles.GroupPurchases;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.testing.InterceptedDynamo;
import io.winback.testing.ItemSize;
import io.winback.testing.LocalDynamo;
import io.winback.testing.SalesStream;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sales stream teaches the replenishment cycles through the real stats handler on DynamoDB Local: 200 customers
 * buying dog food every 60 days make the group's cycle 60 days with its evidence, each interval counted once however
 * often its batch is delivered, and a customer's purchase days are kept for their own cycle.
 */
class DogFoodBoughtEvery60DaysIsLearnedFromTheSalesStreamTest {
    private static final Instant NOW = Instant.parse("2026-09-01T09:00:00Z");
    private static final OffsetDateTime FIRST = OffsetDateTime.parse("2026-01-10T12:00:00+03:00");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final DynamoPurchaseCycles cycles = new DynamoPurchaseCycles(LocalDynamo.client(),
            config.chains().chainsTable(), CapacityMeter.NONE, "test");

    /**
     * Each of {@code customers} buys dog food on four days 60 days apart, twice on the first day (one purchase day),
     * as an import stores them: received within the last two hours, so a redelivery is still recognised.
     */
    private List<List<Map<String, AttributeValue>>> dogFoodBatches(int customers) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int n = 0;
        for (int visit = 0; visit < 4; visit++) {
            for (int c = 0; c < customers; c++) {
                OffsetDateTime at = FIRST.plusDays(60L * visit).plusMinutes(c);
                items.add(GroupReceipts.item(GroupReceipts.purchase("df-" + c + "-" + visit, "C-" + c, "dogfood", at),
                        NOW.minus(Duration.ofHours(2)).plusMillis(n++), config.shopZone()));
                if (visit == 0) {
                    items.add(GroupReceipts.item(GroupReceipts.purchase("df-" + c + "-evening", "C-" + c, "dogfood",
                            at.plusHours(6)), NOW.minus(Duration.ofHours(2)).plusMillis(n++), config.shopZone()));
                }
            }
        }
        List<List<Map<String, AttributeValue>>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += 100) {
            batches.add(items.subList(from, Math.min(items.size(), from + 100)));
        }
        return batches;
    }

    private static void deliver(CustomerStatsHandler handler, List<Map<String, AttributeValue>> batch) {
        StreamsEventResponse response = handler.handleRequest(SalesStream.batchOfItems(batch), null);
        assertTrue(response.getBatchItemFailures().isEmpty(), "no record fails");
    }

    private Map<String, AttributeValue> evidenceItem() {
        return LocalDynamo.client().getItem(b -> b.tableName(config.chains().chainsTable()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("cycles"), "sk", AttributeValue.fromS("group#dogfood"))))
                .item();
    }

    @Test
    void twoHundredCustomersEvery60DaysMakeA60DayCycleEachIntervalCountedOnce() {
        CapacityMeter meter = CapacityMeter.recording();
        CustomerStatsHandler handler = new CustomerStatsHandler(LocalDynamo.client(), config, new ManualClock(NOW),
                meter);
        List<List<Map<String, AttributeValue>>> batches = dogFoodBatches(200);

        for (List<Map<String, AttributeValue>> batch : batches) {
            deliver(handler, batch);
            deliver(handler, batch);
        }
        Map<String, AttributeValue> evidence = evidenceItem();
        batches.forEach(batch -> deliver(handler, batch));

        assertEquals(evidence, evidenceItem(), "redelivered batches count nothing again");
        assertEquals("600", evidence.get("d60").n());
        assertEquals("200", evidence.get("customers").n());
        GroupEvidence dogfood = cycles.all().getFirst();
        GroupCycle cycle = GroupCycle.of(dogfood, CycleEvidencePolicy.DEFAULT);
        assertEquals(new GroupCycle("dogfood", 60, 60, 60, 600, 200, true, null), cycle);
        GroupPurchases customer = cycles.allOf("C-7").getFirst();
        assertEquals(List.of(60, 60, 60), customer.intervals());
        assertEquals(LocalDate.of(2026, 7, 9), customer.lastDay());
        assertEquals(2, customer.days().firstEntry().getValue().size(), "two receipts, one purchase day");
        Map<String, Double> units = meter.snapshot();
        long customerItemBytes = ItemSize.of(LocalDynamo.client().getItem(b -> b.tableName(config.chains()
                .chainsTable()).key(Map.of("pk", AttributeValue.fromS("customer#C-7"),
                "sk", AttributeValue.fromS("group#dogfood")))).item());
        long evidenceBytes = ItemSize.of(evidence);
        System.out.printf("cycles: %d sales (%d batches, each delivered 3 times); customer item %d bytes, evidence "
                        + "item %d bytes; cycles write units %.1f (%.2f a sale), read units %.1f%n",
                1000, batches.size(), customerItemBytes, evidenceBytes, units.getOrDefault("cycles.write.total", 0.0),
                units.getOrDefault("cycles.write.total", 0.0) / 1000, units.getOrDefault("cycles.read.total", 0.0));
        assertTrue(customerItemBytes < 1024, "a customer's group item stays under one write unit");
    }

    @Test
    void aBatchRetriedAfterTheCustomerWriteFailedCountsItsIntervalsOnce() {
        List<List<Map<String, AttributeValue>>> batches = dogFoodBatches(1);
        List<Map<String, AttributeValue>> all = batches.stream().flatMap(List::stream).toList();
        // The customer's save fails once, after the cycles were written: Lambda sends the batch again.
        AtomicBoolean failed = new AtomicBoolean();
        var flaky = InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
            if (request instanceof PutItemRequest put && put.tableName().equals(config.customersTable())
                    && !failed.getAndSet(true)) {
                throw ProvisionedThroughputExceededException.builder().message("throttled in the test").build();
            }
            return real.call();
        });
        CustomerStatsHandler handler = new CustomerStatsHandler(flaky, config, new ManualClock(NOW), CapacityMeter.NONE);

        DynamodbEvent event = SalesStream.batchOfItems(all);
        StreamsEventResponse first = handler.handleRequest(event, null);
        StreamsEventResponse retried = handler.handleRequest(event, null);

        assertEquals(1, first.getBatchItemFailures().size(), "the customer's records go back");
        assertTrue(retried.getBatchItemFailures().isEmpty());
        assertEquals("3", evidenceItem().get("d60").n());
        assertEquals("1", evidenceItem().get("customers").n());
    }

    @Test
    void aReturnedPurchaseLeavesNoPhantomInterval() {
        CustomerStatsHandler handler = new CustomerStatsHandler(LocalDynamo.client(), config, new ManualClock(NOW),
                CapacityMeter.NONE);
        Instant received = NOW.minus(Duration.ofHours(1));
        OffsetDateTime tenDaysLater = FIRST.plusDays(70);
        deliver(handler, List.of(
                GroupReceipts.item(GroupReceipts.purchase("a", "C-r", "dogfood", FIRST), received, config.shopZone()),
                GroupReceipts.item(GroupReceipts.purchase("b", "C-r", "dogfood", FIRST.plusDays(60)),
                        received.plusMillis(1), config.shopZone()),
                GroupReceipts.item(GroupReceipts.purchase("c", "C-r", "dogfood", tenDaysLater),
                        received.plusMillis(2), config.shopZone())));
        assertEquals("1", evidenceItem().get("d10").n());

        List<Map<String, AttributeValue>> returned = List.of(GroupReceipts.item(
                GroupReceipts.returnOf("c-back", "c", "C-r", "dogfood", tenDaysLater.plusHours(1)),
                received.plusMillis(3), config.shopZone()));
        deliver(handler, returned);
        deliver(handler, returned);

        assertEquals("0", evidenceItem().get("d10").n());
        assertEquals("1", evidenceItem().get("d60").n());
        assertEquals(List.of(60), cycles.allOf("C-r").getFirst().intervals());
    }
}
