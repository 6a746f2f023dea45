package io.winback.dynamo;

import io.winback.chain.ChainConfigurationStore;
import io.winback.json.segment.SegmentConfigurationJson;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentConfigurationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Segment definitions in the Chains table, one item per version of the whole set ({@code config} /
 * {@code segments#00000003}) holding it as JSON; a new version is stored only if no other took its number, so two
 * marketers saving at once never overwrite each other. Versions never change once stored: each one read is kept.
 */
public final class DynamoSegmentConfigurationStore implements SegmentConfigurationStore {
    static final String VERSION_PREFIX = "segments#";
    static final String JSON = "json";
    static final String STORED_AT = "storedAt";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final Map<Integer, SegmentConfiguration> versions = new ConcurrentHashMap<>();

    public DynamoSegmentConfigurationStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public SegmentConfiguration current() {
        var response = dynamo.query(b -> b.tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", ChainsTable.PK, "#sk", ChainsTable.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(DynamoChainConfigurationStore.CONFIG_PK),
                        ":prefix", AttributeValue.fromS(VERSION_PREFIX)))
                .scanIndexForward(false)
                .limit(1));
        if (response.items().isEmpty()) {
            return SegmentConfiguration.NONE;
        }
        Map<String, AttributeValue> item = response.items().getFirst();
        int version = Integer.parseInt(item.get(ChainsTable.SK).s().substring(VERSION_PREFIX.length()));
        return versions.computeIfAbsent(version,
                v -> SegmentConfigurationJson.read(item.get(JSON).s()).withVersion(v));
    }

    @Override
    public Optional<SegmentConfiguration> version(int version) {
        if (version == 0) {
            return Optional.of(SegmentConfiguration.NONE);
        }
        SegmentConfiguration known = versions.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                ChainsTable.PK, AttributeValue.fromS(DynamoChainConfigurationStore.CONFIG_PK),
                ChainsTable.SK, AttributeValue.fromS(VERSION_PREFIX + String.format("%08d", version)))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(versions.computeIfAbsent(version,
                v -> SegmentConfigurationJson.read(response.item().get(JSON).s()).withVersion(v)));
    }

    @Override
    public SegmentConfiguration storeNext(SegmentConfiguration configuration, int basedOn) {
        SegmentConfiguration next = configuration.withVersion(basedOn + 1);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(ChainsTable.PK, AttributeValue.fromS(DynamoChainConfigurationStore.CONFIG_PK));
        item.put(ChainsTable.SK, AttributeValue.fromS(VERSION_PREFIX + String.format("%08d", next.version())));
        item.put(JSON, AttributeValue.fromS(SegmentConfigurationJson.toJson(next)));
        item.put(STORED_AT, AttributeValue.fromS(clock.instant().toString()));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", ChainsTable.PK)));
        } catch (ConditionalCheckFailedException lost) {
            throw new ChainConfigurationStore.ConcurrentChangeException("segments version " + next.version()
                    + " was stored by someone else since version " + basedOn + " was read");
        }
        versions.put(next.version(), next);
        return next;
    }
}
