package io.winback.segments;

import io.winback.domain.AbcClass;
import io.winback.domain.RfmScores;
import io.winback.domain.Standing;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoSegmentsSummary;
import io.winback.report.SegmentsSummary;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three hundred customers on DynamoDB Local, scored by the real handler: every card holds what sorting them all in
 * memory gives, the lost and those who never bought hold nothing, and the summary adds up the same scores.
 */
class TheJobScoresEveryActiveCustomerAsSortingThemAllWouldTest {
    private final SeededShop shop = new SeededShop(300, 14);
    private final SegmentsJobHandler handler = new SegmentsJobHandler(LocalDynamo.client(), shop.config,
            Clock.fixed(Instant.parse("2026-12-05T07:30:05Z"), ZoneOffset.UTC), CapacityMeter.NONE);

    @Test
    void everyCardHoldsTheScoresSortingGives() {
        Map<String, Object> outcome = handler.handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);

        Map<String, RfmScores> expected = shop.expectedScores(SeededShop.DAY);
        assertEquals(expected, shop.storedScores());
        assertEquals(300L, outcome.get("customersRead"));
        assertEquals((long) expected.size(), outcome.get("scoresWritten"));
        // The seed gives every standing and every score, so the comparison above covers them all.
        for (Standing standing : Standing.values()) {
            assertTrue(shop.customers.stream().anyMatch(c -> shop.standingOf(c, SeededShop.DAY) == standing), standing.name());
        }
        for (int score = 1; score <= 5; score++) {
            int s = score;
            assertTrue(expected.values().stream().anyMatch(x -> x.recency() == s), "recency " + s);
            assertTrue(expected.values().stream().anyMatch(x -> x.frequency() == s), "frequency " + s);
            assertTrue(expected.values().stream().anyMatch(x -> x.monetary() == s), "monetary " + s);
        }
        for (AbcClass abc : AbcClass.values()) {
            assertTrue(expected.values().stream().anyMatch(x -> x.abc() == abc), abc.name());
        }
    }

    @Test
    void theSummaryAddsUpTheSameScoresAndCountsEveryStanding() {
        handler.handleRequest(Map.of("scheduledTime", SeededShop.RUN_TIME), null);
        SegmentsSummary summary = new DynamoSegmentsSummary(LocalDynamo.client(), shop.config.chains().chainsTable(),
                CapacityMeter.NONE, "test").find().orElseThrow();

        Map<String, RfmScores> expected = shop.expectedScores(SeededShop.DAY);
        Map<List<Integer>, Long> cells = new HashMap<>();
        Map<List<Integer>, BigDecimal> cellRevenue = new HashMap<>();
        Map<AbcClass, Long> classes = new EnumMap<>(AbcClass.class);
        Map<AbcClass, BigDecimal> classRevenue = new EnumMap<>(AbcClass.class);
        expected.forEach((key, scores) -> {
            List<Integer> cell = List.of(scores.recency(), scores.frequency());
            BigDecimal spent = shop.seeded(key).netSpent();
            cells.merge(cell, 1L, Long::sum);
            cellRevenue.merge(cell, spent, BigDecimal::add);
            classes.merge(scores.abc(), 1L, Long::sum);
            classRevenue.merge(scores.abc(), spent, BigDecimal::add);
        });
        assertEquals(25, summary.grid().size());
        for (SegmentsSummary.Cell cell : summary.grid()) {
            List<Integer> at = List.of(cell.recency(), cell.frequency());
            assertEquals(cells.getOrDefault(at, 0L), cell.customers(), at.toString());
            assertEquals(0, cellRevenue.getOrDefault(at, BigDecimal.ZERO).compareTo(cell.revenue()), at.toString());
        }
        for (SegmentsSummary.ClassTotal total : summary.abc()) {
            assertEquals(classes.getOrDefault(total.abc(), 0L), total.customers());
            assertEquals(0, classRevenue.getOrDefault(total.abc(), BigDecimal.ZERO).compareTo(total.revenue()));
        }
        Map<Standing, Long> census = new EnumMap<>(Standing.class);
        shop.customers.forEach(c -> census.merge(shop.standingOf(c, SeededShop.DAY), 1L, Long::sum));
        // Customers who bought, by the chains' segment (the seed has no VIP), in the segments' order.
        Map<String, Long> bySegment = new java.util.LinkedHashMap<>();
        for (io.winback.domain.PurchaseBand band : io.winback.domain.PurchaseBand.values()) {
            long count = shop.customers.stream().filter(c -> c.purchases() > 0
                    && shop.config.bands().bandOf(c.purchases(), false) == band).count();
            if (count > 0) {
                bySegment.put(band.label(), count);
            }
        }
        assertEquals(new SegmentsSummary.Census(census.get(Standing.ACTIVE), census.get(Standing.SLEEPING),
                census.get(Standing.LOST), census.get(Standing.NEVER_BOUGHT), bySegment), summary.census());
        assertEquals(List.copyOf(bySegment.keySet()), List.copyOf(summary.census().bySegment().keySet()),
                "in the segments' order, as stored and read back");
        assertEquals(SeededShop.DAY, summary.asOf());
        assertEquals(Instant.parse("2026-12-05T07:30:05Z"), summary.computedAt());
        assertEquals(300, summary.run().customersRead());
        assertTrue(summary.run().readUnits() > 0, "the scans' read units are counted");
    }

    @Test
    void anEventWithoutTheScheduledTimeIsRefusedWithWhatToSend() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> handler.handleRequest(Map.of(), null));
        assertTrue(refused.getMessage().contains("scheduledTime"), refused.getMessage());
        assertTrue(shop.storedScores().isEmpty());
    }
}
