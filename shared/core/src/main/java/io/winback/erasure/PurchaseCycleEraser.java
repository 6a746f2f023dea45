package io.winback.erasure;

import io.winback.cycles.GroupPurchaseRecords;

/**
 * The customer's purchase days per product group (their replenishment records). The groups' interval counts stay:
 * they are counts per length, with no one in them.
 */
public final class PurchaseCycleEraser implements CustomerDataEraser {
    private final GroupPurchaseRecords records;

    public PurchaseCycleEraser(GroupPurchaseRecords records) {
        this.records = records;
    }

    @Override
    public String name() {
        return "purchaseCycles";
    }

    @Override
    public int erase(Erasure erasure) {
        return records.eraseAll(erasure.customerKey());
    }
}
