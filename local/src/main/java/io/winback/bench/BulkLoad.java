package io.winback.bench;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoSaleLineIndex;
import io.winback.report.SaleLineEntry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Writes many numbered things (customers, their records, their sale lines) straight to DynamoDB Local, 25 numbers a
 * batch from several threads: setup for a measurement, so only its speed matters, not its cost.
 */
final class BulkLoad {
    /** BatchWriteItem's limit. */
    static final int BATCH = 25;
    private static final int THREADS = 4;

    private BulkLoad() {
    }

    /** Writes numbers {@code first} … {@code end - 1}. */
    interface Batch {
        void write(int first, int end) throws Exception;
    }

    /** Runs {@code batch} over {@code from} … {@code to - 1}, {@link #BATCH} numbers at a time, on four threads. */
    static void inBatches(int from, int to, Batch batch) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int start = from; start < to; start += BATCH) {
                int first = start;
                done.add(pool.submit(() -> {
                    batch.write(first, Math.min(to, first + BATCH));
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

    /** The buyers index's entries of numbers {@code from} … {@code to - 1}, through its own writer. */
    static void saleLines(DynamoDbClient dynamo, WinbackConfig config, int from, int to,
                          IntFunction<List<SaleLineEntry>> entries) throws Exception {
        DynamoSaleLineIndex index = new DynamoSaleLineIndex(dynamo, config.saleLinesTable(), CapacityMeter.NONE,
                "bench");
        inBatches(from, to, (first, end) -> {
            List<SaleLineEntry> batch = new ArrayList<>();
            for (int i = first; i < end; i++) {
                batch.addAll(entries.apply(i));
            }
            index.add(batch);
        });
    }

    /** One BatchWriteItem of at most {@link #BATCH} puts, sent again while DynamoDB Local leaves some unprocessed. */
    static void put(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
        List<WriteRequest> writes = items.stream()
                .map(item -> WriteRequest.builder().putRequest(p -> p.item(item)).build()).toList();
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
