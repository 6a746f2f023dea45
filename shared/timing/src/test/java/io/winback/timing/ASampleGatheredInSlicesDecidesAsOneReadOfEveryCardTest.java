package io.winback.timing;

import io.winback.sleep.CustomerVisitDays;
import io.winback.sleep.TimingReport;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timing job reads the cards in slices, each keeping its counts and the customers within the run's hash bound;
 * merged, they decide exactly as one read of every card: below the sample cap (everyone kept) and above it (the
 * kept customers hold the shop's stable sample). A bound too narrow for the shop is seen, and the wider one it gives
 * holds the sample.
 */
class ASampleGatheredInSlicesDecidesAsOneReadOfEveryCardTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final Instant NOW = Instant.parse("2026-06-30T07:00:00Z");
    private final List<CustomerVisitDays> shop = SyntheticShopVisits.of(3_000, DAY, 5);

    @Test
    void belowTheCapEveryoneIsKeptAndTheDecisionIsTheOneOfOneRead() {
        TimingDecision decision = new TimingDecision(PlaybookSleep.DEFAULT);
        TimingSample merged = inSlices(TimingSample.boundFor(shop.size(), BgNbdFit.SAMPLE_CAP), 7);

        assertEquals(TimingSample.EVERYONE, merged.bound());
        assertEquals(decision.decide(shop, DAY, NOW), decision.decide(merged, NOW));
    }

    @Test
    void aboveTheCapTheSlicesKeepTheSampleAndTheDecisionIsTheOneOfOneRead() {
        TimingDecision decision = new TimingDecision(PlaybookSleep.DEFAULT, 1_000, null);
        TimingSample merged = inSlices(TimingSample.boundFor(shop.size(), 1_000), 7);

        assertTrue(merged.kept().size() < shop.size(), "kept " + merged.kept().size());
        assertTrue(merged.complete(1_000));
        TimingReport sliced = decision.decide(merged, NOW);
        assertEquals(decision.decide(shop, DAY, NOW), sliced);
        assertEquals(1_000, sliced.fit().customersUsed());
        assertEquals(shop.stream().filter(v -> v.historyAsOf((int) DAY.toEpochDay()) != null).count(),
                sliced.customers());
    }

    @Test
    void aBoundTooNarrowIsSeenAndTheWiderOneHoldsTheSample() {
        TimingDecision decision = new TimingDecision(PlaybookSleep.DEFAULT, 1_000, null);
        // As if the table's estimate said 100,000 cards: a bound for 1,500 of them keeps about 45 of these 3,000.
        TimingSample narrow = inSlices(TimingSample.boundFor(100_000, 1_000), 5);

        assertFalse(narrow.complete(1_000));
        assertThrows(IllegalArgumentException.class, () -> decision.decide(narrow, NOW));
        TimingSample wider = inSlices(TimingSample.widened(narrow, 1_000), 5);
        assertTrue(wider.complete(1_000), "kept " + wider.kept().size());
        assertEquals(decision.decide(shop, DAY, NOW), decision.decide(wider, NOW));
    }

    /** The shop cut into {@code slices} parts by key, each gathered alone, then merged. */
    private TimingSample inSlices(long bound, int slices) {
        TimingSample merged = new TimingSample(DAY, bound);
        shop.stream().collect(Collectors.groupingBy(v -> Math.floorMod(v.key().hashCode(), slices)))
                .values().forEach(part -> {
                    TimingSample slice = new TimingSample(DAY, bound);
                    part.forEach(slice::add);
                    merged.absorb(slice.counts(), slice.kept());
                });
        return merged;
    }
}
