package io.winback.cycles;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where each customer's purchase days per group are kept, with the groups' evidence beside them. A save writes a
 * customer's changed records and adds their deltas to the groups' histograms together, all or nothing, and only if
 * no record changed since it was read: the evidence counts each interval exactly as often as the records hold it.
 */
public interface GroupPurchaseRecords {
    /** Keeps nothing: for a deployment or a test that learns no cycles. */
    GroupPurchaseRecords NONE = new GroupPurchaseRecords() {
        @Override
        public Map<String, GroupPurchases> find(String customerKey, Collection<String> groups) {
            return Map.of();
        }

        @Override
        public boolean save(String customerKey, List<GroupPurchases.Change> changes) {
            return true;
        }

        @Override
        public Map<String, GroupPurchases> findOfCustomers(String group, Collection<String> customerKeys) {
            return Map.of();
        }

        @Override
        public List<GroupPurchases> allOf(String customerKey) {
            return List.of();
        }

        @Override
        public int eraseAll(String customerKey) {
            return 0;
        }
    };

    /** The customer's records of {@code groups} (a group they never bought is absent), read strongly consistent. */
    Map<String, GroupPurchases> find(String customerKey, Collection<String> groups);

    /** The records of {@code group} of these customers, by customer key (one who never bought it is absent). */
    Map<String, GroupPurchases> findOfCustomers(String group, Collection<String> customerKeys);

    /**
     * Saves the changes and adds their deltas to their groups' evidence; false, and nothing written, when a record
     * changed since it was read (another write got there first: read again and redo).
     */
    boolean save(String customerKey, List<GroupPurchases.Change> changes);

    /** Every group record of the customer (their data export). */
    List<GroupPurchases> allOf(String customerKey);

    /** Deletes every group record of the customer; how many there were. The groups' counts stay: no one is in them. */
    int eraseAll(String customerKey);
}
