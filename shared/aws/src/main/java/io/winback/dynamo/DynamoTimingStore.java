package io.winback.dynamo;

import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;
import io.winback.sleep.TimingStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The timing in force and its report, two Chains table items under {@code pk = "timing"}: {@code sk = "inForce"}, a
 * few numbers read by every function that times a customer (one small GetItem), and {@code sk = "report"} beside it,
 * the backtest the report reads (a dozen cutoffs). Both are written in one transaction, so a reader never sees a
 * decision with another run's evidence.
 */
public final class DynamoTimingStore implements TimingStore {
    static final String PARTITION = "timing";
    private static final Map<String, AttributeValue> IN_FORCE = key("inForce");
    private static final Map<String, AttributeValue> REPORT = key("report");
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;

    public DynamoTimingStore(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
    }

    @Override
    public TimingInForce current() {
        return read(IN_FORCE).map(item -> TimingItems.inForce(item.get("timing").m())).orElse(TimingInForce.NONE);
    }

    @Override
    public Optional<TimingReport> report() {
        return read(REPORT).map(item -> TimingItems.report(item.get("report").m()));
    }

    @Override
    public void store(TimingInForce inForce, TimingReport report) {
        Map<String, AttributeValue> decision = new HashMap<>(IN_FORCE);
        decision.put("timing", AttributeValue.fromM(TimingItems.inForce(inForce)));
        Map<String, AttributeValue> evidence = new HashMap<>(REPORT);
        evidence.put("report", AttributeValue.fromM(TimingItems.report(report)));
        var response = dynamo.transactWriteItems(b -> b.returnConsumedCapacity(meter.total()).transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(decision).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(evidence).build()).build()));
        if (response.hasConsumedCapacity()) {
            response.consumedCapacity().forEach(c -> meter.recordWrite(purpose, c));
        }
    }

    private Optional<Map<String, AttributeValue>> read(Map<String, AttributeValue> key) {
        var response = dynamo.getItem(b -> b.tableName(table).key(key).returnConsumedCapacity(meter.total()));
        meter.recordRead(purpose, response.consumedCapacity());
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    private static Map<String, AttributeValue> key(String sk) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(PARTITION), ChainsTable.SK, AttributeValue.fromS(sk));
    }
}
