package io.winback.segments;

import io.winback.domain.Customer;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sale lands on a customer after the second scan read them and before their scores are written: the sale stands,
 * the job skips and counts that customer, and the next run scores them.
 */
class AChangeBetweenTheScanAndTheWriteWinsOverTheScoresTest {
    private final SeededShop shop = new SeededShop(60, 7);
    private final String raced = shop.customers.stream().filter(c -> shop.standingOf(c, SeededShop.DAY).isScored())
            .findFirst().orElseThrow().key();

    @Test
    void theSaleStandsAndTheCustomerIsScoredOnTheNextRun() {
        Map<String, Object> run = new SegmentsJobHandler(saleLandsBeforeTheWriteOf(raced), shop.config,
                Clock.systemUTC(), CapacityMeter.NONE).handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);

        assertEquals(1L, run.get("skippedChanged"));
        Customer afterRun = shop.store.find(raced).orElseThrow();
        assertNull(afterRun.scores());
        assertEquals(shop.seeded(raced).purchases() + 1, afterRun.stats().purchases());

        Map<String, Object> next = new SegmentsJobHandler(LocalDynamo.client(), shop.config, Clock.systemUTC(),
                CapacityMeter.NONE).handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);
        assertEquals(0L, next.get("skippedChanged"));
        assertTrue(shop.store.find(raced).orElseThrow().scores() != null);
        assertEquals(shop.seeded(raced).purchases() + 1, shop.store.find(raced).orElseThrow().stats().purchases());
    }

    /** The real client, except that the first score write for {@code key} is preceded by a sale applied to them. */
    private DynamoDbClient saleLandsBeforeTheWriteOf(String key) {
        DynamoDbClient real = LocalDynamo.client();
        boolean[] done = {false};
        return (DynamoDbClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DynamoDbClient.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("updateItem") && args != null && args.length == 1) {
                        UpdateItemRequest request = args[0] instanceof UpdateItemRequest r ? r
                                : UpdateItemRequest.builder().applyMutation(asConsumer(args[0])).build();
                        if (!done[0] && request.key().containsKey("customerKey")
                                && key.equals(request.key().get("customerKey").s())) {
                            done[0] = true;
                            Customer current = shop.store.find(key).orElseThrow();
                            assertTrue(shop.store.saveIfUnchanged(current.apply(Sales.sale(key + "-race", key,
                                    "2026-12-05T10:31:00+03:00", "700.00"), Instant.now(), shop.config.shopZone()),
                                    Instant.now()));
                        }
                        return real.updateItem(request);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @SuppressWarnings("unchecked")
    private static Consumer<UpdateItemRequest.Builder> asConsumer(Object argument) {
        return (Consumer<UpdateItemRequest.Builder>) argument;
    }
}
