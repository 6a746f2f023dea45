package io.winback.dynamo;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusHistory;
import io.winback.bonus.BonusRedemption;
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
 * {@code bonus#grant#<grant id>} and {@code bonus#redemption#<sale id>}, so the whole history is one Query and goes
 * with the rest of the customer's partition. Puts are idempotent by key.
 */
public final class DynamoBonusHistory implements BonusHistory {
    static final String PREFIX = "bonus#";
    private static final String GRANT = PREFIX + "grant#";
    private static final String REDEMPTION = PREFIX + "redemption#";
    /** The grant's id and the redeeming sale's id as attributes of their own, beside the sort key that holds them. */
    static final String GRANT_ID = "grantId";
    static final String SALE_ID = "saleId";
    private final MeteredChainsTable chains;

    public DynamoBonusHistory(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
    }

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
        List<BonusGrant> grants = new ArrayList<>();
        List<BonusRedemption> redemptions = new ArrayList<>();
        for (Map<String, AttributeValue> item : chains.partition(customerKey, PREFIX, false)) {
            String sk = item.get(ChainsTable.SK).s();
            if (sk.startsWith(GRANT)) {
                grants.add(BonusItems.grant(sk.substring(GRANT.length()), item));
            } else if (sk.startsWith(REDEMPTION)) {
                redemptions.add(BonusItems.redemption(sk.substring(REDEMPTION.length()), item));
            }
        }
        grants.sort(Comparator.comparing(BonusGrant::validFrom).thenComparing(BonusGrant::id));
        redemptions.sort(Comparator.comparing(BonusRedemption::at).thenComparing(BonusRedemption::saleId));
        return new Entries(grants, redemptions);
    }
}
