package io.winback.bench;

import io.winback.chain.Chain;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.DynamoSegmentMemberships;
import io.winback.segment.StoredMemberships;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Segments' flip days in the daily check: every customer has a segments record with a flip day (as the stream and
 * the fills leave them); the due ones' is the run's day or one of the two before (a missed run's, still caught up),
 * the others' 1 to 365 days after it. The check must queue a re-evaluation for the due ones alone, reading the flip
 * index up to its day, not the base. The chain in force is a birthday greeting nobody is due for (the check needs
 * one; its index is empty).
 */
final class SegmentFlipScenario implements TriggerScenario {
    static final String NAME = "segment_flips";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Chain chain() {
        return TriggerScenario.oneSms("birthday", new Trigger.Birthday(3), "{name}, с днём рождения!");
    }

    @Override
    public void seed(DynamoDbClient dynamo, WinbackConfig config, LocalDate runDay, int from, int to, int due)
            throws Exception {
        String table = config.chains().chainsTable();
        BulkLoad.inBatches(from, to, (first, end) -> {
            List<Map<String, AttributeValue>> records = new ArrayList<>();
            for (int i = first; i < end; i++) {
                LocalDate flipAt = i < due ? runDay.minusDays(i % 3) : runDay.plusDays(1 + i % 365);
                records.add(DynamoSegmentMemberships.recordItem("F-" + i,
                        new StoredMemberships(i % 2 == 0 ? Set.of("lapsed-60") : Set.of(), flipAt, 1)));
            }
            BulkLoad.put(dynamo, table, records);
        });
    }
}
