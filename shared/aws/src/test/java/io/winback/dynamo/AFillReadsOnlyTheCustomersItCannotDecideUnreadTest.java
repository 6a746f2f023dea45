package io.winback.dynamo;

import io.winback.chain.WorkItem;
import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.segment.Comparison;
import io.winback.segment.Condition;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentDefinition;
import io.winback.segment.SegmentFill;
import io.winback.segment.SegmentMemberships;
import io.winback.segment.StoredMemberships;
import io.winback.testing.LocalDynamo;
import io.winback.testing.InterceptedDynamo;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Filling a segment reads no customer's memberships record when the versions before say what it holds: over 100
 * customers on DynamoDB Local, a segment added, then edited with a time condition beside it, then deleted, each fill
 * leaves every record, count and flip day as the definitions say, and reads only the one record a sale had already
 * changed under the new version (its join is refused as written already, so it is read and found current).
 */
class AFillReadsOnlyTheCustomersItCannotDecideUnreadTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final int CUSTOMERS = 100;

    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final AtomicBoolean counting = new AtomicBoolean();
    private final AtomicInteger recordsRead = new AtomicInteger();
    private final DynamoDbClient dynamo = InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
        if (counting.get() && request instanceof GetItemRequest get
                && DynamoSegmentMemberships.SEGMENTS_SK.equals(get.key().get(ChainsTable.SK).s())) {
            recordsRead.incrementAndGet();
        }
        return real.call();
    });
    private final CustomerItems items = new CustomerItems(config.bands(), config.sleep());
    private final DynamoCustomerStore customers = new DynamoCustomerStore(dynamo, config.customersTable(), items,
            CapacityMeter.NONE, "test");
    private final DynamoSegmentConfigurationStore definitions = new DynamoSegmentConfigurationStore(dynamo,
            config.chains().chainsTable(), new ManualClock(NOW));
    private final DynamoSegmentMemberships store = new DynamoSegmentMemberships(dynamo, config.chains().chainsTable(),
            CapacityMeter.NONE, "test");
    private final SegmentMemberships memberships = DynamoSegments.memberships(dynamo, config.chains().chainsTable(),
            config.salesTable(), config.standing(), config.shopZone(), new ManualClock(NOW), CapacityMeter.NONE, "test");
    private final SegmentFill fill = new SegmentFill(memberships,
            new DynamoCustomerPages(dynamo, config.customersTable(), items, CapacityMeter.NONE, "test"), customers,
            new DynamoFillProgress(dynamo, config.chains().chainsTable(), CapacityMeter.NONE, "test"));

    @Test
    void addedEditedAndDeletedSegmentsAreFilledReadingOnlyTheRecordASaleChangedFirst() {
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.saveIfUnchanged(customer(i), NOW);
        }
        SegmentConfiguration first = definitions.storeNext(SegmentConfiguration.NONE.with(big("5000")), 0);
        assertEquals(0, fillCountingReads(first));
        assertMembers(first);
        assertEquals(CUSTOMERS - 49, store.count("big"));

        SegmentConfiguration second = definitions.storeNext(first.with(big("800")).with(new SegmentDefinition(
                "lapsed", "Давно не были", 0, new Condition.DaysSinceLastPurchase(Comparison.AT_LEAST, 60))), 1);
        // A sale's stats update evaluated customer 10 against the new version before the fill reached them.
        memberships.refresh(second, customers.find("C-10").orElseThrow(), NOW, SegmentMemberships.Flip.LAZY,
                customers::find);
        assertEquals(1, fillCountingReads(second), "only the record the sale changed first is read");
        assertMembers(second);
        assertEquals(CUSTOMERS - 7, store.count("big"), "customer 10 counted once");
        for (int i = 0; i < CUSTOMERS; i++) {
            LocalDate last = lastPurchase(i);
            LocalDate sixtieth = last.plusDays(60);
            assertEquals(sixtieth.isAfter(TODAY) ? sixtieth : null, store.of("C-" + i).flipAt(),
                    "customer " + i + " is re-evaluated on their 60th day");
        }

        SegmentConfiguration third = definitions.storeNext(second.without("big"), 2);
        assertEquals(0, fillCountingReads(third));
        assertMembers(third);
        assertEquals(0, store.count("big"));
    }

    private int fillCountingReads(SegmentConfiguration configuration) {
        recordsRead.set(0);
        counting.set(true);
        List<WorkItem> queue = new ArrayList<>(fill.start(configuration, NOW));
        while (!queue.isEmpty()) {
            fill.fill((WorkItem.FillSegments) queue.removeFirst()).ifPresent(queue::add);
        }
        counting.set(false);
        return recordsRead.get();
    }

    private void assertMembers(SegmentConfiguration configuration) {
        for (int i = 0; i < CUSTOMERS; i++) {
            Customer card = customers.find("C-" + i).orElseThrow();
            StoredMemberships stored = store.of(card.key());
            assertEquals(memberships.evaluate(configuration, card, NOW).members(), stored.members(),
                    "customer " + i + " under version " + configuration.version());
        }
    }

    private static SegmentDefinition big(String atLeast) {
        return new SegmentDefinition("big", "Потратили много", 0,
                new Condition.Spent(Comparison.AT_LEAST, new BigDecimal(atLeast)));
    }

    /** Customer i spent 100 × (i + 1), last on a day 30-119 days before today. */
    private Customer customer(int i) {
        String key = "C-" + i;
        return Customer.firstSeen(key).apply(Sales.sale("s-" + i, key, lastPurchase(i) + "T12:00:00+03:00",
                Integer.toString(100 * (i + 1))), NOW, config.shopZone());
    }

    private static LocalDate lastPurchase(int i) {
        return TODAY.minusDays(30 + (i * 37L) % 90);
    }
}
