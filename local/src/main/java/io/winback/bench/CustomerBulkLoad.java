package io.winback.bench;

import io.winback.time.WallClock;
import io.winback.domain.Customer;
import io.winback.dynamo.CustomerItems;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Puts many customers in a Customers table as the stats function would have left them (version 1), by
 * BatchWriteItem of 25 from several threads: setup for a measurement, so only its speed matters, not its cost.
 */
final class CustomerBulkLoad {
    private static final int BATCH = 25;
    private static final int THREADS = 4;

    private CustomerBulkLoad() {
    }

    /** Customers {@code customer.apply(from)} … {@code customer.apply(to - 1)}. */
    static void load(DynamoDbClient dynamo, String table, CustomerItems items, int from, int to,
                     IntFunction<Customer> customer) throws Exception {
        Instant now = WallClock.utc().instant();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int start = from; start < to; start += BATCH) {
                int first = start;
                done.add(pool.submit(() -> {
                    List<WriteRequest> writes = new ArrayList<>();
                    for (int i = first; i < Math.min(to, first + BATCH); i++) {
                        Map<String, AttributeValue> item = items.toItem(customer.apply(i), 1, now);
                        writes.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
                    }
                    write(dynamo, table, writes);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void write(DynamoDbClient dynamo, String table, List<WriteRequest> writes) {
        Map<String, List<WriteRequest>> pending = Map.of(table, writes);
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt == 10) {
                throw new IllegalStateException("DynamoDB Local left items unprocessed 10 times");
            }
            Map<String, List<WriteRequest>> ask = pending;
            pending = dynamo.batchWriteItem(b -> b.requestItems(ask)).unprocessedItems();
        }
    }
}
