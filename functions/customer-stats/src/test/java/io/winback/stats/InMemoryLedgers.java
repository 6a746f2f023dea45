package io.winback.stats;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusHistory;
import io.winback.bonus.BonusRedemption;
import io.winback.domain.AppliedSaleMarkers;
import io.winback.domain.Sale;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Applied-sale markers and bonus history in maps, beside {@link InMemoryCustomers}. */
class InMemoryLedgers implements AppliedSaleMarkers, BonusHistory {
    /** The receipt time of the sales tests stream: a fixed moment, so no test reads the wall clock for it. */
    static final Instant RECEIVED = Instant.parse("2026-11-20T10:00:00Z");
    final Set<String> marked = ConcurrentHashMap.newKeySet();
    final Map<String, BonusGrant> grants = new ConcurrentHashMap<>();
    final Map<String, BonusRedemption> redemptions = new ConcurrentHashMap<>();

    static StreamedSale streamed(String sequenceNumber, Sale sale) {
        return new StreamedSale(sequenceNumber, sale, RECEIVED);
    }

    @Override
    public void mark(String customerKey, Map<String, Instant> receivedAt) {
        receivedAt.keySet().forEach(saleId -> marked.add(customerKey + "/" + saleId));
    }

    @Override
    public Set<String> markedAmong(String customerKey, Collection<String> saleIds) {
        Set<String> found = new HashSet<>();
        saleIds.stream().filter(id -> marked.contains(customerKey + "/" + id)).forEach(found::add);
        return found;
    }

    @Override
    public int unmarkAll(String customerKey) {
        int before = marked.size();
        marked.removeIf(id -> id.startsWith(customerKey + "/"));
        return before - marked.size();
    }

    @Override
    public int eraseAll(String customerKey) {
        int before = grants.size() + redemptions.size();
        grants.keySet().removeIf(id -> id.startsWith(customerKey + "/"));
        redemptions.keySet().removeIf(id -> id.startsWith(customerKey + "/"));
        return before - grants.size() - redemptions.size();
    }

    @Override
    public void recordGrant(String customerKey, BonusGrant grant) {
        grants.put(customerKey + "/" + grant.id(), grant);
    }

    @Override
    public void recordRedemptions(String customerKey, Collection<BonusRedemption> more) {
        more.forEach(r -> redemptions.put(customerKey + "/" + r.saleId(), r));
    }

    @Override
    public Entries of(String customerKey) {
        List<BonusGrant> g = new ArrayList<>();
        grants.forEach((key, grant) -> { if (key.startsWith(customerKey + "/")) g.add(grant); });
        List<BonusRedemption> r = new ArrayList<>();
        redemptions.forEach((key, redemption) -> { if (key.startsWith(customerKey + "/")) r.add(redemption); });
        return new Entries(g, r);
    }
}
