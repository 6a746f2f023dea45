package io.winback.timing;

import io.winback.sleep.CustomerVisitDays;
import io.winback.sleep.TimingReport;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The job runs daily and on retries: the same cards on the same day give the same decision, parameters, threshold and
 * backtest to the last bit, whatever order the scan returned them in.
 */
class ARefitOfTheShopOnTheSameDayChangesNothingTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");

    @Test
    void theSameCardsInAnotherOrderGiveTheSameReport() {
        List<CustomerVisitDays> shop = SyntheticShopVisits.of(2_000, DAY, 3);
        List<CustomerVisitDays> shuffled = new ArrayList<>(shop);
        Collections.shuffle(shuffled, new Random(4));
        TimingDecision decision = new TimingDecision(PlaybookSleep.DEFAULT);

        TimingReport first = decision.decide(shop, DAY, NOW);
        TimingReport again = decision.decide(shuffled, DAY, NOW);

        assertFalse(first.cutoffs().isEmpty(), first.toString());
        assertEquals(first, again); // records: doubles compared bit for bit
    }
}
