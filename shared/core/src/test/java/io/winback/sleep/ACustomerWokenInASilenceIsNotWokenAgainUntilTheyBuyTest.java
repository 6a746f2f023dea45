package io.winback.sleep;

import io.winback.domain.Customer;
import io.winback.domain.SleepDecision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.winback.sleep.Shops.BANDS;
import static io.winback.sleep.Shops.PLAYBOOK;
import static io.winback.sleep.Shops.boughtOn;
import static io.winback.sleep.Shops.cdnowModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ACustomerWokenInASilenceIsNotWokenAgainUntilTheyBuyTest {

    @Test
    void aRefitThatMovesADecidedCustomersDayDoesNotBringThemBack() {
        SleepRule before = SleepRule.inForce(cdnowModel(0.8), PLAYBOOK);
        SleepRule after = SleepRule.inForce(cdnowModel(0.85), PLAYBOOK);
        Customer anna = boughtOn("2026-03-01", "2026-04-15");
        LocalDate day = anna.undecidedSleepAt(BANDS, before);
        Customer decided = anna.withSleepDecision(new SleepDecision(day, SleepDecision.STARTED));

        assertNotEquals(day, decided.sleepAt(BANDS, after), "the refit moved the day");
        assertNull(decided.undecidedSleepAt(BANDS, after), "decided in this silence");
        assertNull(decided.undecidedSleepAt(BANDS, PLAYBOOK), "nor by a return to the playbook");
    }

    @Test
    void aPurchaseOnOrAfterTheDecidedDayStartsANewSilence() {
        SleepRule rule = SleepRule.inForce(cdnowModel(0.8), PLAYBOOK);
        Customer anna = boughtOn("2026-03-01", "2026-04-15");
        LocalDate day = anna.undecidedSleepAt(BANDS, rule);

        Customer back = boughtOn("2026-03-01", "2026-04-15", day.toString())
                .withSleepDecision(new SleepDecision(day, SleepDecision.STARTED));

        assertEquals(back.sleepAt(BANDS, rule), back.undecidedSleepAt(BANDS, rule));
    }
}
