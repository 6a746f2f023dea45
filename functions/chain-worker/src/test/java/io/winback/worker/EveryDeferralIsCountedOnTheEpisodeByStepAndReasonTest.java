package io.winback.worker;

import io.winback.config.WinbackConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A deferral sends nothing and leaves no touch: the episode counts it, so the campaign report can. */
class EveryDeferralIsCountedOnTheEpisodeByStepAndReasonTest {

    @Test
    void quietHoursAndTheCapAreCountedAgainstTheStepTheyPutOff() {
        Shop shop = new Shop(Map.of(WinbackConfig.FREQUENCY_CAP_TOUCHES, "1", WinbackConfig.FREQUENCY_CAP_DAYS, "10"));
        shop.buys("C-1", "2026-09-30", "900");

        // The first step's work reaches the worker at 22:00: quiet; taken the next morning.
        shop.checkAt("2026-12-05T10:00:00+03:00", Duration.ofHours(12));
        shop.checkAt("2026-12-06T10:00:00+03:00");
        // The second step falls inside the cap's 10 days: put off once, then taken.
        shop.checkOn("2026-12-13");
        shop.checkOn("2026-12-16");

        assertEquals(2, shop.smsTo("C-1").size());
        assertEquals(Map.of(0, Map.of("quiet_hours", 1), 1, Map.of("frequency_cap", 1)),
                shop.episodes("C-1").getFirst().deferrals().byStep());
    }
}
