package io.winback.stats;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusHistory;
import io.winback.bonus.BonusLedger;
import io.winback.bonus.BonusRedemption;
import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sale;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoBonusHistory;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.SaleItems;
import io.winback.testing.ItemSize;
import io.winback.testing.LocalDynamo;
import io.winback.testing.SalesStream;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One customer's sales without end (an import of a long history, a staff card, a shared phone) are all counted, each
 * once, through the real stats handler on DynamoDB Local, while the customer item stays far under DynamoDB's 400 KB
 * whatever the history. Before, the item kept every redemption and every sale id of 48 hours: 3,000 sales with bonus
 * stopped at about 2,100 ("Item size has exceeded the maximum allowed size").
 */
class TheBusiestCustomerKeepsBeingCountedTest {
    /**
     * The customer item's size bound asserted here and stated in the README: 200 recent sale ids at most, 50 grants
     * at most, totals, and one number per visit day. These tests' ids are short, so their items stay well under it.
     */
    static final long ITEM_BOUND_BYTES = 24 * 1024;
    private static final String KEY = "C-busy";
    private static final Instant END = Instant.parse("2026-11-20T09:00:00Z");

    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final ManualClock clock = new ManualClock(END);
    private final DynamoCustomerStore customers = new DynamoCustomerStore(LocalDynamo.client(),
            config.customersTable(), new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test");
    private final BonusHistory history = new DynamoBonusHistory(LocalDynamo.client(), config.chains().chainsTable(),
            CapacityMeter.NONE, "test");

    @Test
    void tenThousandSalesWithBonusOnTwoShardsRedeliveredAreEachAppliedOnce() throws Exception {
        int count = 10_000;
        // A grant of 500 valid the whole period: the first 500 sales spend it, the rest are overdraft.
        BonusGrant grant = new BonusGrant("touch-1", new BigDecimal("500"), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-12-31T00:00:00Z"), "chain step 1");
        assertTrue(customers.saveIfUnchanged(Customer.firstSeen(KEY).withBonuses(BonusLedger.EMPTY.with(grant, END)),
                END));
        history.recordGrant(KEY, grant);

        // An import: 100 sales a day over 100 days, all received (stored by the webhook) in the last two hours.
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        BigDecimal netSpent = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            OffsetDateTime at = OffsetDateTime.parse("2026-07-01T10:00:00+03:00").plusDays(i / 100).plusMinutes(i % 100);
            Sale sale = redeeming(Sales.sale("s-" + i, KEY, at.toString(), (100 + i % 7) + ".35"), "1.00");
            netSpent = netSpent.add(sale.total());
            items.add(SaleItems.toItem(sale, END.minus(Duration.ofHours(2)).plusMillis(700L * i).toString(),
                    config.shopZone()));
        }
        // Two shards, each its own handler on its own thread, taking every other batch of 100.
        List<List<Map<String, AttributeValue>>> batches = new ArrayList<>();
        for (int from = 0; from < count; from += 100) {
            batches.add(items.subList(from, from + 100));
        }
        runAsTwoShards(batches);
        Map<String, AttributeValue> item = LocalDynamo.item(config.customersTable(), CustomerItems.CUSTOMER_KEY, KEY);
        long size = ItemSize.of(item);

        // Every batch delivered again, the oldest first: their ids were forgotten long ago, the markers answer.
        runAsTwoShards(batches);

        assertEquals(item, LocalDynamo.item(config.customersTable(), CustomerItems.CUSTOMER_KEY, KEY),
                "redelivered batches change nothing");
        Customer customer = customers.find(KEY).orElseThrow();
        assertEquals(count, customer.stats().purchases());
        assertEquals(netSpent, customer.stats().netSpent());
        assertEquals(100, customer.stats().visitDays().size());
        assertEquals(count, customer.bonuses().redemptions());
        assertEquals(0, new BigDecimal(count).compareTo(customer.bonuses().redeemed()));
        assertEquals(0, new BigDecimal(count - 500).compareTo(customer.bonuses().overdraft()));
        assertEquals(0, BigDecimal.ZERO.compareTo(customer.bonuses().balance(END)));
        BonusHistory.Entries entries = history.of(KEY);
        assertEquals(count, entries.redemptions().size(), "every redemption has its item");
        assertEquals(0, new BigDecimal("500").compareTo(entries.redemptions().stream()
                .flatMap(r -> r.fromGrants().values().stream()).reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertEquals(0, new BigDecimal(count).compareTo(entries.redemptions().stream()
                .map(BonusRedemption::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertTrue(size < ITEM_BOUND_BYTES, "the customer item is " + size + " bytes");
        System.out.println("10,000 sales with bonus: customer item " + size + " bytes");
    }

    @Test
    void aStaffCardBuying300TimesADayForAMonthIsCountedExactly() {
        CustomerStatsHandler handler = new CustomerStatsHandler(LocalDynamo.client(), config, clock,
                CapacityMeter.NONE);
        Instant start = Instant.parse("2026-10-01T06:00:00Z");
        int days = 30;
        int perDay = 300;
        long largest = 0;
        List<Map<String, AttributeValue>> lastDay = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            // 300 receipts between 09:00 and 21:00 Moscow time, streamed as they are stored, in batches of 25.
            List<Map<String, AttributeValue>> today = new ArrayList<>();
            for (int n = 0; n < perDay; n++) {
                Instant at = start.plus(Duration.ofDays(day)).plus(Duration.ofSeconds(144L * n));
                Sale sale = Sales.sale("staff-" + day + "-" + n, KEY, at.atOffset(ZoneOffset.ofHours(3)).toString(),
                        "45.50");
                today.add(SaleItems.toItem(sale, at.toString(), config.shopZone()));
            }
            for (int from = 0; from < perDay; from += 25) {
                List<Map<String, AttributeValue>> batch = today.subList(from, from + 25);
                clock.set(Instant.parse(batch.getLast().get(SaleItems.RECEIVED_AT).s()).plusSeconds(1));
                assertTrue(handler.handleRequest(SalesStream.batchOfItems(batch), null).getBatchItemFailures()
                        .isEmpty());
                largest = Math.max(largest, ItemSize.of(
                        LocalDynamo.item(config.customersTable(), CustomerItems.CUSTOMER_KEY, KEY)));
            }
            lastDay = today;
        }
        // The last day's stream delivered again a few hours later, as after a failed batch's retries.
        clock.advance(Duration.ofHours(3));
        for (int from = 0; from < perDay; from += 100) {
            assertTrue(handler.handleRequest(SalesStream.batchOfItems(lastDay.subList(from, from + 100)), null)
                    .getBatchItemFailures().isEmpty());
        }

        Customer customer = customers.find(KEY).orElseThrow();
        assertEquals(days * perDay, customer.stats().purchases());
        assertEquals(new BigDecimal("45.50").multiply(new BigDecimal(days * perDay)), customer.stats().netSpent());
        assertEquals(days, customer.stats().visitDays().size());
        assertTrue(largest < ITEM_BOUND_BYTES, "the customer item reached " + largest + " bytes");
        System.out.println("staff card, 9,000 sales in 30 days: largest customer item " + largest + " bytes");
    }

    private void runAsTwoShards(List<List<Map<String, AttributeValue>>> batches) throws Exception {
        ExecutorService shards = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int shard = 0; shard < 2; shard++) {
                int first = shard;
                CustomerStatsHandler handler = new CustomerStatsHandler(LocalDynamo.client(), config, clock,
                        CapacityMeter.NONE);
                running.add(shards.submit(() -> {
                    for (int b = first; b < batches.size(); b += 2) {
                        // Two shards writing one customer may keep colliding on a loaded machine; a batch that
                        // reports a failure is delivered again whole, as Lambda's event source mapping does.
                        int deliveries = 1;
                        while (!handler.handleRequest(SalesStream.batchOfItems(batches.get(b)), null)
                                .getBatchItemFailures().isEmpty()) {
                            assertTrue(++deliveries <= 10, "batch " + b + " kept failing");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> shard : running) {
                shard.get();
            }
        } finally {
            shards.shutdown();
        }
    }

    private static Sale redeeming(Sale sale, String amount) {
        return new Sale(sale.saleId(), sale.type(), sale.originalSaleId(), sale.storeId(), sale.occurredAt(),
                sale.customer(), sale.lines(), sale.total(), sale.currency(), new BigDecimal(amount));
    }
}
