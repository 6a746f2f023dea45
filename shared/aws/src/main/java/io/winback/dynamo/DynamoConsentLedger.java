package io.winback.dynamo;

import io.winback.consent.ConsentChange;
import io.winback.consent.ConsentLedger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The consent ledger in the Chains table, in the customer's partition: one item per change, keyed by its time. */
public final class DynamoConsentLedger implements ConsentLedger {
    private final MeteredChainsTable chains;

    public DynamoConsentLedger(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
    }

    @Override
    public void record(ConsentChange change) {
        chains.put(ConsentItems.item(change));
    }

    /**
     * One Query of the customer's partition, sort keys {@code consent#<time>#<channel>} backwards. Instants written
     * with and without fractions of a second do not sort as text (".5Z" before "Z"), so the page is also put in
     * time order, newest first; the Query's direction only spares the sort most of its work.
     */
    @Override
    public List<ConsentChange> history(String customerKey) {
        List<ConsentChange> history = new ArrayList<>();
        chains.partition(customerKey, ConsentItems.PREFIX, true)
                .forEach(item -> history.add(ConsentItems.change(customerKey, item)));
        history.sort(Comparator.comparing(ConsentChange::at).reversed());
        return history;
    }

    @Override
    public void delete(ConsentChange change) {
        chains.delete(ConsentItems.key(change));
    }
}
