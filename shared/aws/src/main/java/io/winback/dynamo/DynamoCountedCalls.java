package io.winback.dynamo;

import io.winback.tasks.CountedCalls;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The call counters of a period ({@link CallCountItems}): one Query per month the period touches, over the sort keys
 * of its days, so the reads follow the days and the chains, not the tasks.
 */
public final class DynamoCountedCalls implements CountedCalls {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;

    public DynamoCountedCalls(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
    }

    @Override
    public void forEach(LocalDate from, LocalDate to, Consumer<DayCalls> visit) {
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            String pk = CallCountItems.partition(month);
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> after = start;
                // '$' follows '#': every key of the last day sorts below "<to>$".
                var page = dynamo.query(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#pk", ChainsTable.PK, "#sk", ChainsTable.SK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk),
                                ":from", AttributeValue.fromS(from.toString()), ":to", AttributeValue.fromS(to + "$")))
                        .exclusiveStartKey(after)
                        .returnConsumedCapacity(meter.total()));
                meter.recordRead(purpose, page.consumedCapacity());
                page.items().forEach(item -> visit.accept(CallCountItems.dayCalls(item)));
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey()
                        : null;
            } while (start != null);
        }
    }
}
