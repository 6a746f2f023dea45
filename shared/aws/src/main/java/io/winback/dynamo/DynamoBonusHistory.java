package io.winback.dynamo;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusHistory;
import io.winback.bonus.BonusRedemption;
import io.winback.chain.Touch;
import io.winback.chain.TouchGrant;
import io.winback.chain.Trigger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's grants and redemptions in the Chains table, in the customer's partition ({@code customer#<key>}):
 * {@code bonus#redemption#<sale id>} for each redemption; a chain step's grant is read from the step's touch, whose
 * final write records it (a write fewer per touch), and {@code bonus#grant#<grant id>} holds a grant recorded as an
 * item of its own (the steps' grants before this version). The whole history is three Queries of the customer's
 * partition (touches, their episodes for the chain's name, bonus items) and goes with the rest of it. Puts are
 * idempotent by key.
 */
public final class DynamoBonusHistory implements BonusHistory {
    static final String PREFIX = "bonus#";
    private static final String GRANT = PREFIX + "grant#";
    private static final String REDEMPTION = PREFIX + "redemption#";
    /** The grant's id and the redeeming sale's id as attributes of their own, beside the sort key that holds them. */
    static final String GRANT_ID = "grantId";
    static final String SALE_ID = "saleId";
    private final MeteredChainsTable chains;
    private final DynamoEpisodes episodes;
    private final DynamoTouches touches;

    public DynamoBonusHistory(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
        this.episodes = new DynamoEpisodes(dynamo, table, meter, purpose);
        this.touches = new DynamoTouches(dynamo, table, meter, purpose);
    }

    /** A grant as an item of its own; a chain step's grant needs none (its touch records it). */
    @Override
    public void recordGrant(String customerKey, BonusGrant grant) {
        Map<String, AttributeValue> item = new HashMap<>(BonusItems.grant(grant));
        item.putAll(ChainsTable.customerItemKey(customerKey, GRANT + grant.id()));
        item.put(GRANT_ID, AttributeValue.fromS(grant.id()));
        chains.put(item);
    }

    @Override
    public void recordRedemptions(String customerKey, Collection<BonusRedemption> redemptions) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (BonusRedemption r : redemptions) {
            Map<String, AttributeValue> item = new HashMap<>(BonusItems.redemption(r));
            item.putAll(ChainsTable.customerItemKey(customerKey, REDEMPTION + r.saleId()));
            item.put(SALE_ID, AttributeValue.fromS(r.saleId()));
            items.add(item);
        }
        chains.putAll(items, "bonus redemptions");
    }

    @Override
    public int eraseAll(String customerKey) {
        return chains.deletePartition(customerKey, PREFIX, "bonus history");
    }

    @Override
    public Entries of(String customerKey) {
        Map<String, BonusGrant> grants = new HashMap<>();
        stepGrants(customerKey).forEach(grant -> grants.put(grant.id(), grant));
        List<BonusRedemption> redemptions = new ArrayList<>();
        for (Map<String, AttributeValue> item : chains.partition(customerKey, PREFIX, false)) {
            String sk = item.get(ChainsTable.SK).s();
            if (sk.startsWith(GRANT)) {
                // An item of its own (a step's grant recorded before they were read from the touches) says it exactly.
                BonusGrant grant = BonusItems.grant(sk.substring(GRANT.length()), item);
                grants.put(grant.id(), grant);
            } else if (sk.startsWith(REDEMPTION)) {
                redemptions.add(BonusItems.redemption(sk.substring(REDEMPTION.length()), item));
            }
        }
        List<BonusGrant> ordered = new ArrayList<>(grants.values());
        ordered.sort(Comparator.comparing(BonusGrant::validFrom).thenComparing(BonusGrant::id));
        redemptions.sort(Comparator.comparing(BonusRedemption::at).thenComparing(BonusRedemption::saleId));
        return new Entries(ordered, redemptions);
    }

    /**
     * The grants the customer's chain steps gave, read from their touches ({@link TouchGrant#recorded}), each named
     * by its episode's chain: the worker writes no history item for them, the touch's final write is the record.
     */
    private List<BonusGrant> stepGrants(String customerKey) {
        Map<String, String> chainOfEpisode = new HashMap<>();
        episodes.episodesOf(customerKey).forEach(episode -> chainOfEpisode.put(episode.id(), episode.chainId()));
        List<BonusGrant> grants = new ArrayList<>();
        for (Touch touch : touches.touchesOf(customerKey)) {
            String chainId = chainOfEpisode.getOrDefault(touch.episodeId(), Trigger.Occasion.outward(touch.episodeId()));
            TouchGrant.recorded(touch, chainId).ifPresent(grants::add);
        }
        return grants;
    }
}
