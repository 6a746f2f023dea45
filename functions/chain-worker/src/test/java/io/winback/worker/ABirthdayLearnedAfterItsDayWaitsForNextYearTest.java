package io.winback.worker;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The till learns a birthday (10 March, greeted 3 days before) on 8 March, a day after this year's greeting was due:
 * nothing goes out this year, however many runs follow; next year's 7 March greets. One learned on 6 March is greeted
 * on the 7th.
 */
class ABirthdayLearnedAfterItsDayWaitsForNextYearTest {
    private final Shop shop = Shop.storingChains(Map.of());

    @Test
    void aBirthdayLearnedTheDayAfterItsGreetingWasDueIsGreetedNextYear() {
        shop.storeChains(BirthdayGreetings.greeting(3, 7));
        BirthdayGreetings.buysBornOn(shop, "C-late", "2027-01-15", null);
        BirthdayGreetings.buysBornOn(shop, "C-early", "2027-01-15", null);
        BirthdayGreetings.buysBornOn(shop, "C-early", "2027-03-06", "1990-03-10");

        shop.checkOn("2027-03-07");
        BirthdayGreetings.buysBornOn(shop, "C-late", "2027-03-08", "1990-03-10");
        for (String day : List.of("2027-03-08", "2027-03-09", "2027-03-10", "2027-03-11")) {
            shop.checkOn(day);
        }

        assertEquals(1, shop.smsTo("C-early").size());
        assertEquals(List.of(), shop.smsTo("C-late"), "learned after this year's day: waits");
        assertEquals(List.of(), shop.episodes("C-late"));

        shop.checkOn("2028-03-07");
        assertEquals(1, shop.smsTo("C-late").size(), "greeted next year");
        assertEquals("birthday@2028-03-10", shop.episodes("C-late").getFirst().id());
    }
}
