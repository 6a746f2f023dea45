package io.winback.dynamo;

import io.winback.domain.RfmScores;
import io.winback.domain.ScoreStore;
import io.winback.fanout.Slice;
import io.winback.fanout.SliceBudget;
import io.winback.fanout.SliceRead;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.winback.dynamo.Attributes.flag;
import static io.winback.dynamo.Attributes.number;
import static io.winback.dynamo.Attributes.text;
import static io.winback.dynamo.Attributes.wholeNumber;

/**
 * The Customers table as the segments job reads and writes it. Reading is a {@link ParallelCustomerScan} of
 * {@value #SEGMENTS} segments (a customer changed a moment ago is scored on the next run), projecting only the
 * attributes scoring needs. Scores are written by UpdateItem conditioned on the
 * version read, which it bumps: a sale applied meanwhile wins, and the stats' next whole-item write, which read the
 * new version, carries the scores on.
 */
public final class DynamoScoreStore implements ScoreStore {
    /**
     * Segments of the parallel scan, one thread each, which also makes that segment's score writes: the threads
     * mostly wait on round trips, so 16 keep a first run (a write for most customers) over a million customers at
     * about 6 ms a write within the function's 15 minutes.
     */
    public static final int SEGMENTS = 16;
    private static final List<String> PROJECTED = List.of(CustomerItems.CUSTOMER_KEY, CustomerItems.VERSION,
            CustomerItems.PURCHASES, CustomerItems.VIP, CustomerItems.NET_SPENT, CustomerItems.LAST_VISIT_DAY,
            CustomerItems.RECENCY_SCORE, CustomerItems.FREQUENCY_SCORE, CustomerItems.MONETARY_SCORE,
            CustomerItems.ABC_CLASS);
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;

    public DynamoScoreStore(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
    }

    @Override
    public double forEach(Consumer<Figures> each) {
        return ParallelCustomerScan.forEach(dynamo, table, SEGMENTS, PROJECTED, meter, purpose,
                item -> each.accept(figures(item)));
    }

    @Override
    public SliceRead slice(Slice slice, SliceBudget budget, Consumer<Figures> each) {
        return CustomerSliceScan.read(dynamo, table, slice, budget, PROJECTED, null, meter, purpose,
                item -> each.accept(figures(item)));
    }

    private static Figures figures(Map<String, AttributeValue> item) {
        String lastVisit = text(item, CustomerItems.LAST_VISIT_DAY);
        return new Figures(text(item, CustomerItems.CUSTOMER_KEY), wholeNumber(item, CustomerItems.VERSION, 0),
                (int) wholeNumber(item, CustomerItems.PURCHASES, 0), Boolean.TRUE.equals(flag(item, CustomerItems.VIP)),
                number(item, CustomerItems.NET_SPENT), lastVisit == null ? null : LocalDate.parse(lastVisit),
                CustomerItems.scores(item));
    }

    @Override
    public boolean saveScoresIfUnchanged(String key, long version, RfmScores scores) {
        Map<String, String> names = new HashMap<>(Map.of("#v", CustomerItems.VERSION,
                "#r", CustomerItems.RECENCY_SCORE, "#f", CustomerItems.FREQUENCY_SCORE,
                "#m", CustomerItems.MONETARY_SCORE, "#c", CustomerItems.ABC_CLASS));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":read", AttributeValue.fromN(Long.toString(version)),
                ":next", AttributeValue.fromN(Long.toString(version + 1))));
        String update;
        if (scores == null) {
            update = "REMOVE #r, #f, #m, #c SET #v = :next";
        } else {
            update = "SET #r = :r, #f = :f, #m = :m, #c = :c, #v = :next";
            values.put(":r", AttributeValue.fromN(Integer.toString(scores.recency())));
            values.put(":f", AttributeValue.fromN(Integer.toString(scores.frequency())));
            values.put(":m", AttributeValue.fromN(Integer.toString(scores.monetary())));
            values.put(":c", AttributeValue.fromS(scores.abc().name()));
        }
        try {
            var response = dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of(CustomerItems.CUSTOMER_KEY, AttributeValue.fromS(key)))
                    .updateExpression(update).conditionExpression("#v = :read")
                    .expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnConsumedCapacity(meter.total()));
            meter.recordWrite(purpose, response.consumedCapacity());
            return true;
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return false;
        }
    }
}
