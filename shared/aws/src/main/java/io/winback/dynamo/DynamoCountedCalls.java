package io.winback.dynamo;

import io.winback.tasks.CountedCalls;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The call counters of a period ({@link CallCountItems}): one Query per month the period touches, over the sort keys
 * of its days, so the reads follow the days and the chains, not the tasks.
 */
public final class DynamoCountedCalls implements CountedCalls {
    private final MonthPartitions months;

    public DynamoCountedCalls(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.months = new MonthPartitions(dynamo, table, meter, purpose);
    }

    @Override
    public void forEach(LocalDate from, LocalDate to, Consumer<DayCalls> visit) {
        months.forEach(CallCountItems::partition, from, to, item -> visit.accept(CallCountItems.dayCalls(item)));
    }
}
