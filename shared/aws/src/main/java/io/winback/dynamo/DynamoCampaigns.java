package io.winback.dynamo;

import io.winback.campaign.Campaign;
import io.winback.campaign.CampaignDefinition;
import io.winback.campaign.Campaigns;
import io.winback.json.Json;
import io.winback.json.chain.CampaignJson;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaigns in the Chains table: {@code campaigns} / {@code campaign#<id>} holds the definition as stored JSON
 * ({@link CampaignJson}), its segment, and where it stands: {@code startedAt}, {@code paused}, {@code cancelled},
 * and the counts {@code entered} and {@code heldOut}. Campaigns are few (a marketer makes them by hand), so one
 * partition lists them all with one Query.
 */
public final class DynamoCampaigns implements Campaigns {
    static final String PK = "campaigns";
    static final String SK_PREFIX = "campaign#";
    static final String DEFINITION = "definition";
    static final String SEGMENT = "segment";
    static final String STARTED_AT = "startedAt";
    static final String PAUSED = "paused";
    static final String CANCELLED = "cancelled";
    static final String ENTERED = "entered";
    static final String HELD_OUT = "heldOut";

    private final MeteredChainsTable chains;

    public DynamoCampaigns(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(PK), ChainsTable.SK, AttributeValue.fromS(SK_PREFIX + id));
    }

    @Override
    public boolean create(CampaignDefinition definition) {
        Map<String, AttributeValue> item = new HashMap<>(key(definition.id()));
        item.put(DEFINITION, AttributeValue.fromS(Json.write(CampaignJson.definitionTree(definition))));
        item.put(SEGMENT, AttributeValue.fromS(definition.segment()));
        item.put(PAUSED, AttributeValue.fromBool(false));
        item.put(CANCELLED, AttributeValue.fromBool(false));
        item.put(ENTERED, AttributeValue.fromN("0"));
        item.put(HELD_OUT, AttributeValue.fromN("0"));
        return chains.putIfAbsent(item);
    }

    @Override
    public Optional<Campaign> find(String id) {
        return chains.get(key(id)).map(DynamoCampaigns::campaign);
    }

    @Override
    public List<Campaign> all() {
        return chains.partitionOf(PK, SK_PREFIX).stream().map(DynamoCampaigns::campaign).toList();
    }

    @Override
    public boolean markStarted(String id, Instant at) {
        return chains.updateIf(key(id), "SET #started = :at",
                "attribute_not_exists(#started) AND #cancelled = :no",
                Map.of("#started", STARTED_AT, "#cancelled", CANCELLED),
                Map.of(":at", AttributeValue.fromS(at.toString()), ":no", AttributeValue.fromBool(false)));
    }

    @Override
    public boolean cancel(String id) {
        return chains.updateIf(key(id), "SET #cancelled = :yes",
                "attribute_not_exists(#started) AND #cancelled = :no",
                Map.of("#started", STARTED_AT, "#cancelled", CANCELLED),
                Map.of(":yes", AttributeValue.fromBool(true), ":no", AttributeValue.fromBool(false)));
    }

    @Override
    public boolean setPaused(String id, boolean paused) {
        return chains.updateIf(key(id), "SET #paused = :paused", "#cancelled = :no",
                Map.of("#paused", PAUSED, "#cancelled", CANCELLED),
                Map.of(":paused", AttributeValue.fromBool(paused), ":no", AttributeValue.fromBool(false)));
    }

    @Override
    public void countEntered(String id, long entered, long heldOut) {
        if (entered == 0 && heldOut == 0) {
            return;
        }
        chains.updateIf(key(id), "ADD #entered :entered, #heldOut :heldOut", "attribute_exists(#entered)",
                Map.of("#entered", ENTERED, "#heldOut", HELD_OUT),
                Map.of(":entered", AttributeValue.fromN(Long.toString(entered)),
                        ":heldOut", AttributeValue.fromN(Long.toString(heldOut))));
    }

    private static Campaign campaign(Map<String, AttributeValue> item) {
        AttributeValue started = item.get(STARTED_AT);
        return new Campaign(CampaignJson.readStored(item.get(DEFINITION).s()),
                started == null ? null : Instant.parse(started.s()),
                Boolean.TRUE.equals(item.get(PAUSED).bool()), Boolean.TRUE.equals(item.get(CANCELLED).bool()),
                Long.parseLong(item.get(ENTERED).n()), Long.parseLong(item.get(HELD_OUT).n()));
    }
}
