package io.winback.dynamo;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusRedemption;
import io.winback.config.WinbackConfig;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna's bonus grants and redemptions and the markers of the sales applied to her stats live in her one partition
 * of the Chains table, read and erased by sort-key prefix: each kind reads back only itself, erasing one kind (more
 * than one batch of 25 of it) leaves the other and Boris's partition as they were, and every read is metered.
 * (Whole amounts: DynamoDB keeps numbers without trailing zeros, and these records keep what they read.)
 */
class AnnasBonusesAndAppliedSalesShareHerPartitionYetEachIsReadAndErasedApartTest {
    private static final String ANNA = "C-1001";
    private static final String BORIS = "C-2002";
    private static final Instant NOW = Instant.parse("2026-11-20T11:00:00Z");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final String table = config.chains().chainsTable();
    private final CapacityMeter meter = CapacityMeter.recording();
    private final DynamoBonusHistory bonuses = new DynamoBonusHistory(LocalDynamo.client(), table, meter, "test");
    private final DynamoAppliedSaleMarkers applied = new DynamoAppliedSaleMarkers(LocalDynamo.client(), table,
            meter, "test");

    @Test
    void eachKindIsReadAndErasedByItselfAndEveryReadIsMetered() {
        BonusGrant later = grant("g-2", NOW.minusSeconds(3_600));
        BonusGrant earlier = grant("g-1", NOW.minusSeconds(7_200));
        bonuses.recordGrant(ANNA, later);
        bonuses.recordGrant(ANNA, earlier);
        bonuses.recordGrant(BORIS, grant("g-9", NOW));
        List<BonusRedemption> redemptions = new ArrayList<>();
        Map<String, Instant> receivedAt = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            Instant at = NOW.minusSeconds(30 - i);
            redemptions.add(new BonusRedemption("s-" + (100 + i), at, new BigDecimal("10"),
                    Map.of("g-1", new BigDecimal("10")), BigDecimal.ZERO));
            receivedAt.put("s-" + (100 + i), at);
        }
        bonuses.recordRedemptions(ANNA, redemptions);
        applied.mark(ANNA, receivedAt);
        applied.mark(BORIS, Map.of("s-900", NOW));

        var history = bonuses.of(ANNA);
        assertEquals(List.of(earlier, later), history.grants(), "hers only, oldest first, no marker among them");
        assertEquals(redemptions, history.redemptions());
        assertEquals(receivedAt.keySet(), applied.markedAmong(ANNA, receivedAt.keySet()));
        double readBefore = meter.snapshot().get("test.read.total");
        assertTrue(readBefore > 0, "the partition's reads are counted: " + meter.snapshot());

        assertEquals(30, applied.unmarkAll(ANNA), "30 markers: two batches of deletes");

        assertEquals(Set.of(), applied.markedAmong(ANNA, receivedAt.keySet()));
        assertEquals(List.of(earlier, later), bonuses.of(ANNA).grants(), "the bonuses stay");
        assertEquals(30, bonuses.of(ANNA).redemptions().size());
        assertTrue(meter.snapshot().get("test.read.total") > readBefore, "the keys read to delete are counted");

        assertEquals(32, bonuses.eraseAll(ANNA), "2 grants and 30 redemptions");
        assertEquals(0, bonuses.eraseAll(ANNA), "nothing left: erasing again is no error");

        assertEquals(List.of(), bonuses.of(ANNA).grants());
        assertEquals(List.of(), bonuses.of(ANNA).redemptions());
        assertEquals(1, bonuses.of(BORIS).grants().size(), "Boris's partition is not touched");
        assertEquals(Set.of("s-900"), applied.markedAmong(BORIS, List.of("s-900")));
    }

    private static BonusGrant grant(String id, Instant from) {
        return new BonusGrant(id, new BigDecimal("300"), from, from.plusSeconds(30 * 86_400L), "reactivation");
    }
}
