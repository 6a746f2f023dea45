package io.winback.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * A customer as Winback keeps them: who they are, what they bought, and the bookkeeping that makes applying a
 * sale exactly-once ({@code recentSales}) and safe under concurrent writers ({@code version}).
 */
public record Customer(
        String key,
        CustomerProfile profile,
        CustomerStats stats,
        CustomerStatus status,
        Map<String, CustomProperty> properties,
        RecentlyAppliedSales recentSales,
        long version) {

    public Customer {
        properties = Map.copyOf(properties);
    }

    public static Customer firstSeen(String key) {
        return new Customer(key, CustomerProfile.EMPTY, CustomerStats.NONE, CustomerStatus.ACTIVE, Map.of(),
                RecentlyAppliedSales.NONE, 0);
    }

    public boolean hasApplied(String saleId) {
        return recentSales.contains(saleId);
    }

    /** This customer after {@code sale}; the same customer when the sale was applied already. */
    public Customer apply(Sale sale, Instant now, ZoneId zone) {
        if (hasApplied(sale.saleId())) {
            return this;
        }
        String token = CustomerProfile.asOfToken(sale.occurredAt().toInstant().toEpochMilli(), sale.saleId());
        return new Customer(key, profile.mergedWith(sale.customer(), token), stats.with(sale, zone), status,
                properties, recentSales.with(sale.saleId(), now), version);
    }

    public Segment segment(SegmentPolicy policy) {
        return policy.segmentOf(stats.purchases(), profile.isVip());
    }

    public LocalDate sleepAt(SegmentPolicy segments, SleepPolicy sleep) {
        return sleep.sleepAt(segment(segments), stats.lastVisitDay());
    }

    public Customer withProfile(CustomerProfile newProfile) {
        return new Customer(key, newProfile, stats, status, properties, recentSales, version);
    }

    public Customer withStatus(CustomerStatus newStatus) {
        return new Customer(key, profile, stats, newStatus, properties, recentSales, version);
    }

    public Customer withProperties(Map<String, CustomProperty> newProperties) {
        return new Customer(key, profile, stats, status, newProperties, recentSales, version);
    }
}
