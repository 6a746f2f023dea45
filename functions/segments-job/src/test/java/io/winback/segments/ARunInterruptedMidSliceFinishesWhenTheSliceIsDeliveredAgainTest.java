package io.winback.segments;

import io.winback.report.SegmentsSummary;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invocations die: here every fifth slice of the run fails after its scans and score writes, just before its outcome
 * is recorded (the Lambda timed out, the container was recycled). SQS delivers the failed slice again; the run
 * resumes from it and finishes with every card scored and the summary counting everyone once.
 */
class ARunInterruptedMidSliceFinishesWhenTheSliceIsDeliveredAgainTest {
    private final SeededShop shop = new SeededShop(200, 33);
    private int outcomes;

    @Test
    void everyCardIsScoredAndEveryoneCountedOnce() {
        SlicedRuns queue = new SlicedRuns();
        DynamoDbClient dying = failingEveryFifthOutcome();
        queue.handler(dying, shop, 3).handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);
        int failures = 0;
        while (!queue.bodies.isEmpty()) {
            String body = queue.bodies.peek();
            try {
                queue.handler(dying, shop, 3).handleRequest(SlicedRuns.delivery(body), null);
                queue.bodies.remove(body);
            } catch (IllegalStateException died) {
                failures++;
            }
        }

        assertTrue(failures >= 3, "invocations that died: " + failures);
        assertEquals(shop.expectedScores(SeededShop.DAY), shop.storedScores());
        SegmentsSummary summary = SlicedRuns.summary(shop);
        assertEquals(200, summary.run().customersRead());
        assertEquals(shop.expectedScores(SeededShop.DAY).size(),
                summary.grid().stream().mapToLong(SegmentsSummary.Cell::customers).sum());
    }

    /** The real client, except that every fifth slice outcome put (a conditional put of a "slice#" item) fails. */
    private DynamoDbClient failingEveryFifthOutcome() {
        DynamoDbClient real = LocalDynamo.client();
        return (DynamoDbClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DynamoDbClient.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("putItem") && args != null && args.length == 1) {
                        PutItemRequest request = args[0] instanceof PutItemRequest r ? r
                                : PutItemRequest.builder().applyMutation(asConsumer(args[0])).build();
                        var sk = request.item().get("sk");
                        if (sk != null && sk.s().contains("#slice#") && ++outcomes % 5 == 0) {
                            throw new IllegalStateException("invocation died before recording its slice");
                        }
                        return real.putItem(request);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @SuppressWarnings("unchecked")
    private static Consumer<PutItemRequest.Builder> asConsumer(Object argument) {
        return (Consumer<PutItemRequest.Builder>) argument;
    }
}
