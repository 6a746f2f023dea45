package io.winback.erasure;

import io.winback.domain.Sale;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells which receipts belong to a customer erased after they were made: the webhook stores none of them and the
 * stats stream applies none (a receipt stored in the instant of an erasure), so neither a till re-sending old
 * receipts nor an import of the history brings an erased person back. The tombstones of a batch are one read.
 */
public final class ErasedCustomers {
    private final CustomerKeyHash hash;
    private final Tombstones tombstones;

    public ErasedCustomers(CustomerKeyHash hash, Tombstones tombstones) {
        this.hash = hash;
        this.tombstones = tombstones;
    }

    /** The ids of the sales among {@code sales} that an erasure keeps out. */
    public Set<String> keptOut(List<Sale> sales) {
        if (sales.isEmpty()) {
            return Set.of();
        }
        Map<String, String> pseudonyms = new HashMap<>();
        for (Sale sale : sales) {
            String key = sale.customerKey();
            if (key != null) {
                pseudonyms.computeIfAbsent(key, hash::pseudonymOf);
            }
        }
        Map<String, Tombstone> found = tombstones.findAll(pseudonyms.values());
        if (found.isEmpty()) {
            return Set.of();
        }
        Set<String> keptOut = new HashSet<>();
        for (Sale sale : sales) {
            Tombstone tombstone = sale.customerKey() == null ? null : found.get(pseudonyms.get(sale.customerKey()));
            if (tombstone != null && tombstone.keepsOut(sale.occurredAt().toInstant())) {
                keptOut.add(sale.saleId());
            }
        }
        return keptOut;
    }
}
