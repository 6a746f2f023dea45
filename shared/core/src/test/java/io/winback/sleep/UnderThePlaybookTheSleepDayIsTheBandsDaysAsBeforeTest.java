package io.winback.sleep;

import io.winback.domain.Customer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.winback.sleep.Shops.BANDS;
import static io.winback.sleep.Shops.PLAYBOOK;
import static io.winback.sleep.Shops.boughtOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class UnderThePlaybookTheSleepDayIsTheBandsDaysAsBeforeTest {

    @Test
    void beforeAnyFitAndWhenTheModelDidNotWinThePlaybookIsTheRule() {
        assertSame(PLAYBOOK, SleepRule.inForce(TimingInForce.NONE, PLAYBOOK));
        assertSame(PLAYBOOK, SleepRule.inForce(new TimingInForce.Playbook(TimingInForce.PlaybookReason.NO_GAIN,
                LocalDate.of(2026, 11, 1), Shops.FITTED), PLAYBOOK));
    }

    @Test
    void aPurchaseMovesTheDayByTheBandsDaysAndTheCardSaysOnlyTheDay() {
        Customer once = boughtOn("2026-09-01");
        Customer twice = boughtOn("2026-09-01", "2026-09-20");
        SleepRule rule = SleepRule.inForce(TimingInForce.NONE, PLAYBOOK);

        assertEquals(LocalDate.of(2026, 11, 6), once.sleepAt(BANDS, rule));
        assertEquals(LocalDate.of(2026, 9, 20).plusDays(80), twice.sleepAt(BANDS, rule));
        assertEquals(new CardTiming("playbook", null, null, null, null, LocalDate.of(2026, 11, 6)),
                rule.timing(once.band(BANDS), once.stats(), LocalDate.of(2026, 10, 1)));
    }
}
