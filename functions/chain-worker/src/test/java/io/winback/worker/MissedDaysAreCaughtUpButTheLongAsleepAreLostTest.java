package io.winback.worker;

import io.winback.domain.SleepDecision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A day the check did not run is made good by the next run; a sleep day beyond MAX_LATE_DAYS is lost, not messaged. */
class MissedDaysAreCaughtUpButTheLongAsleepAreLostTest {
    private final Shop shop = new Shop();

    @Test
    void theNextRunCatchesUpAMissedDay() {
        shop.buys("C-1", "2026-09-30", "900");
        shop.checkOn("2026-12-07");
        assertEquals("Дарим вам 100 рублей на покупки до 13.12. Ждем вас за покупкой!", shop.smsTo("C-1").getFirst().text());
    }

    @Test
    void customersAsleepLongerThanTheWindowAreLostAndLeaveTheIndex() {
        shop.buys("C-old", "1998-03-01", "900");
        shop.buys("C-edge", "2026-08-27", "900"); // asleep 01.11: 30 days before 01.12
        shop.checkOn("2026-12-01");
        assertEquals(List.of(), shop.smsTo("C-old"));
        assertEquals(SleepDecision.LOST, shop.customer("C-old").sleepDecision().outcome());
        assertEquals(List.of(), shop.episodes("C-old"));
        assertEquals(1, shop.smsTo("C-edge").size(), "30 days late is still within the window");
        assertEquals(List.of(), shop.customers.undecidedSleepersBy(LocalDate.parse("2026-12-01")));
    }
}
