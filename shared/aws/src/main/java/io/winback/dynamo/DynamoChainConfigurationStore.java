package io.winback.dynamo;

import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.Playbook;
import io.winback.json.chain.BonusLimits;
import io.winback.json.chain.ChainConfigurationJson;
import io.winback.json.chain.ParsedConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chain configurations in the Chains table, one item per version ({@code config} / {@code chains#00000007}) holding
 * the document as JSON, so an episode can always read the version it started under. A new version is a PutItem that
 * succeeds only if no item has that version yet: of two marketers saving on top of the same version, one wins and
 * the other learns of it, and nothing is overwritten. Versions never change once stored, so each one read is kept
 * in memory; which version is current is asked of DynamoDB every time (strongly consistent, so a GET right after a
 * PUT sees it).
 */
public final class DynamoChainConfigurationStore implements ChainConfigurationStore {
    static final String CONFIG_PK = "config";
    static final String VERSION_PREFIX = "chains#";
    static final String JSON = "json";
    static final String STORED_AT = "storedAt";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final Map<Integer, ChainConfiguration> versions = new ConcurrentHashMap<>();

    public DynamoChainConfigurationStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    static String sortKey(int version) {
        return VERSION_PREFIX + String.format("%08d", version);
    }

    @Override
    public ChainConfiguration current() {
        var response = dynamo.query(b -> b.tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", ChainsTable.PK, "#sk", ChainsTable.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(CONFIG_PK),
                        ":prefix", AttributeValue.fromS(VERSION_PREFIX)))
                .scanIndexForward(false)
                .limit(1));
        if (response.items().isEmpty()) {
            return Playbook.configuration();
        }
        Map<String, AttributeValue> item = response.items().getFirst();
        int version = versionOf(item);
        return versions.computeIfAbsent(version, v -> fromItem(v, item));
    }

    @Override
    public Optional<ChainConfiguration> version(int version) {
        if (version == 0) {
            return Optional.of(Playbook.configuration());
        }
        ChainConfiguration known = versions.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        var response = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(version)));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(versions.computeIfAbsent(version, v -> fromItem(v, response.item())));
    }

    @Override
    public ChainConfiguration storeNext(ChainConfiguration configuration, int basedOn) {
        if (basedOn < 0) {
            throw new IllegalArgumentException("versions start at 0 (the playbook), not " + basedOn);
        }
        ChainConfiguration next = configuration.withVersion(basedOn + 1);
        Map<String, AttributeValue> item = new HashMap<>(key(next.version()));
        item.put(JSON, AttributeValue.fromS(ChainConfigurationJson.toJson(next)));
        item.put(STORED_AT, AttributeValue.fromS(clock.instant().toString()));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(#pk)")
                    .expressionAttributeNames(Map.of("#pk", ChainsTable.PK)));
        } catch (ConditionalCheckFailedException lost) {
            throw new ConcurrentChangeException("version " + next.version() + " was stored by someone else since version "
                    + basedOn + " was read");
        }
        versions.put(next.version(), next);
        return next;
    }

    private static Map<String, AttributeValue> key(int version) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(CONFIG_PK), ChainsTable.SK, AttributeValue.fromS(sortKey(version)));
    }

    private static int versionOf(Map<String, AttributeValue> item) {
        return Integer.parseInt(item.get(ChainsTable.SK).s().substring(VERSION_PREFIX.length()));
    }

    /** The stored document, with the version its key names: the key, not the JSON, is what the store vouches for. */
    private static ChainConfiguration fromItem(int version, Map<String, AttributeValue> item) {
        return switch (ChainConfigurationJson.read(item.get(JSON).s(), BonusLimits.NONE)) {
            case ParsedConfiguration.Valid valid -> valid.configuration().withVersion(version);
            case ParsedConfiguration.Invalid invalid -> throw new IllegalStateException("stored chain configuration "
                    + version + " no longer reads: " + invalid.errors());
        };
    }
}
