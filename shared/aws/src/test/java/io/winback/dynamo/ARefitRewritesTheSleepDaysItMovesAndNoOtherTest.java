package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.domain.SleepDecision;
import io.winback.sleep.SleepRule;
import io.winback.sleep.TimingInForce;
import io.winback.testing.InterceptedDynamo;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ARefitRewritesTheSleepDaysItMovesAndNoOtherTest {
    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    /** CDNOW's published BG/NBD parameters in days; asleep once no purchase in 90 days is 80 % likely. */
    private static final TimingInForce.Model MODEL = new TimingInForce.Model(0.243, 4.414 * 7, 0.793, 2.426, 0.8, 90,
            LocalDate.of(2026, 11, 1), NOW);

    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final DynamoCustomerStore playbookStore = new DynamoCustomerStore(LocalDynamo.client(),
            config.customersTable(), new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test");

    @Test
    void theModelsDaysReplaceThePlaybooksOnceAndTheIndexFindsThem() {
        Customer once = bought("C-once", "2026-09-01");
        Customer twice = bought("C-twice", "2026-08-01", "2026-09-15");
        SleepRule model = SleepRule.inForce(MODEL, config.sleep());
        LocalDate onceDay = once.sleepAt(config.bands(), model);
        assertNotEquals(LocalDate.of(2026, 11, 6), onceDay, "the model moves the one-time buyer's day");

        long rewritten = refresh(LocalDynamo.client()).refreshAll(MODEL);

        assertEquals(2, rewritten);
        assertEquals(onceDay.toString(), stored("C-once").get(CustomerItems.SLEEP_AT).s());
        assertEquals(twice.sleepAt(config.bands(), model).toString(), stored("C-twice").get(CustomerItems.SLEEP_AT).s());
        assertEquals("1", stored("C-once").get(CustomerItems.VERSION).n(), "the version stays: a racing purchase wins");
        assertEquals(List.of("C-once"), playbookStore.fallingAsleepOn(onceDay));
        assertEquals(List.of(), playbookStore.fallingAsleepOn(LocalDate.of(2026, 11, 6)));
        assertEquals(0, refresh(LocalDynamo.client()).refreshAll(MODEL), "nothing moved the second time");
        assertEquals(2, refresh(LocalDynamo.client()).refreshAll(TimingInForce.NONE), "back to the playbook");
        assertEquals(List.of("C-once"), playbookStore.fallingAsleepOn(LocalDate.of(2026, 11, 6)));
    }

    @Test
    void aCustomerDecidedInThisSilenceGetsTheNewDayButStaysOutOfTheIndex() {
        Customer once = bought("C-decided", "2026-09-01");
        playbookStore.saveIfUnchanged(once.withSleepDecision(new SleepDecision(LocalDate.of(2026, 11, 6),
                SleepDecision.STARTED)).withVersion(1), NOW);

        assertEquals(1, refresh(LocalDynamo.client()).refreshAll(MODEL));

        Map<String, AttributeValue> item = stored("C-decided");
        assertEquals(once.sleepAt(config.bands(), SleepRule.inForce(MODEL, config.sleep())).toString(),
                item.get(CustomerItems.SLEEP_AT).s());
        assertFalse(item.containsKey(CustomerItems.SLEEP_SHARD), "decided: not in the index again");
    }

    @Test
    void aCardAPurchaseChangedMeanwhileIsLeftAsThePurchaseWroteIt() {
        bought("C-race", "2026-09-01");
        bought("C-calm", "2026-09-01");
        AtomicInteger raced = new AtomicInteger();
        var racing = InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
            if (request instanceof UpdateItemRequest update
                    && update.key().get(CustomerItems.CUSTOMER_KEY).s().equals("C-race")
                    && raced.getAndIncrement() == 0) {
                // The stream applies a purchase between the scan's read and the rewrite.
                Customer read = playbookStore.find("C-race").orElseThrow();
                assertTrue(playbookStore.saveIfUnchanged(read.apply(Sales.sale("s-late", "C-race",
                        "2026-10-20T12:00:00+03:00", "100"), NOW, config.shopZone()), NOW));
            }
            return real.call();
        });

        long rewritten = refresh(racing).refreshAll(MODEL);

        assertEquals(1, rewritten, "the calm card only");
        assertEquals(1, raced.get());
        Map<String, AttributeValue> item = stored("C-race");
        assertEquals("2", item.get(CustomerItems.PURCHASES).n());
        assertEquals(LocalDate.of(2026, 10, 20).plusDays(80).toString(), item.get(CustomerItems.SLEEP_AT).s(),
                "the purchase's own write stands");
    }

    @Test
    void aCustomerWhoOnlyReturnedGoodsHasNoDayToRewrite() {
        Customer refunded = Customer.firstSeen("C-refund")
                .apply(Sales.refund("r1", "C-refund", "2026-09-01T12:00:00+03:00", "300"), NOW, config.shopZone());
        playbookStore.saveIfUnchanged(refunded, NOW);

        assertEquals(0, refresh(LocalDynamo.client()).refreshAll(MODEL));
        assertNull(stored("C-refund").get(CustomerItems.SLEEP_AT));
    }

    private DynamoSleepDayRefresh refresh(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo) {
        return new DynamoSleepDayRefresh(dynamo, config.customersTable(), config.bands(), config.sleep(),
                CapacityMeter.NONE);
    }

    private Customer bought(String key, String... days) {
        Customer customer = Customer.firstSeen(key);
        for (int i = 0; i < days.length; i++) {
            customer = customer.apply(Sales.sale(key + "-" + i, key, days[i] + "T12:00:00+03:00", "100"), NOW,
                    config.shopZone());
        }
        assertTrue(playbookStore.saveIfUnchanged(customer, NOW));
        return customer;
    }

    private Map<String, AttributeValue> stored(String key) {
        return LocalDynamo.client().getItem(b -> b.tableName(config.customersTable()).consistentRead(true)
                .key(Map.of(CustomerItems.CUSTOMER_KEY, AttributeValue.fromS(key)))).item();
    }
}
