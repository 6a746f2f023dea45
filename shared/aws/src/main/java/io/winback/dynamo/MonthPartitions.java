package io.winback.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Counters kept one partition a month, sorted by the day they belong to ({@code <prefix><yyyy-MM>} /
 * {@code <day>#…}): the call counters, the campaign report's kept figures. A period is one strongly consistent Query
 * per month over the days' sort keys, whatever the number of things counted.
 */
record MonthPartitions(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {

    void forEach(Function<YearMonth, String> partition, LocalDate from, LocalDate to,
                 Consumer<Map<String, AttributeValue>> visit) {
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            String pk = partition.apply(month);
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
                page.items().forEach(visit);
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey()
                        : null;
            } while (start != null);
        }
    }
}
