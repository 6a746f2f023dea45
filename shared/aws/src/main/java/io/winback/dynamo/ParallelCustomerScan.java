package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Consumer;

/**
 * Every customer of the Customers table (tombstones of the erased left out), by a parallel Scan of {@code segments}
 * segments, one thread each (the threads mostly wait on round trips, and each makes its own segment's writes),
 * eventually consistent (half the units; a customer changed that moment is seen on the next run), projecting only the
 * attributes asked for: DynamoDB still bills the whole item, so the cost is the table's size.
 */
final class ParallelCustomerScan {
    private ParallelCustomerScan() {
    }

    /** @return the read units the scan consumed (always asked: the jobs' summaries show them) */
    static double forEach(DynamoDbClient dynamo, String table, int segments, List<String> projected,
                          CapacityMeter meter, String purpose, Consumer<Map<String, AttributeValue>> each) {
        DoubleAdder units = new DoubleAdder();
        ExecutorService threads = Executors.newFixedThreadPool(segments);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int segment = 0; segment < segments; segment++) {
                int mine = segment;
                running.add(threads.submit(() -> scanSegment(dynamo, table, mine, segments, projected, meter,
                        purpose, each, units)));
            }
            for (Future<?> segment : running) {
                segment.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning customers", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("scanning customers failed", e.getCause());
        } finally {
            threads.shutdownNow();
        }
        return units.sum();
    }

    private static void scanSegment(DynamoDbClient dynamo, String table, int segment, int segments,
                                    List<String> projected, CapacityMeter meter, String purpose,
                                    Consumer<Map<String, AttributeValue>> each, DoubleAdder units) {
        Map<String, String> names = new HashMap<>();
        String projection = projection(projected, names);
        // Tombstones of erased customers share the table; they are nobody to score, count or time.
        names.put("#erased", TombstoneItems.ERASED_AT);
        var pages = dynamo.scanPaginator(b -> b.tableName(table).segment(segment).totalSegments(segments)
                .projectionExpression(projection).expressionAttributeNames(names)
                .filterExpression("attribute_not_exists(#erased)")
                .consistentRead(false)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        for (var page : pages) {
            meter.recordRead(purpose, page.consumedCapacity());
            if (page.consumedCapacity() != null && page.consumedCapacity().capacityUnits() != null) {
                units.add(page.consumedCapacity().capacityUnits());
            }
            page.items().forEach(each);
        }
    }

    /** The projection expression of {@code projected}, each attribute named {@code #a<i>} in {@code names}. */
    static String projection(List<String> projected, Map<String, String> names) {
        List<String> projection = new ArrayList<>();
        for (int i = 0; i < projected.size(); i++) {
            names.put("#a" + i, projected.get(i));
            projection.add("#a" + i);
        }
        return String.join(", ", projection);
    }
}
