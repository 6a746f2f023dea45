package io.winback.worker;

import io.winback.chain.Episode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A birthday chain 3 days before: the customer born on 10 March is greeted on 7 March, once; a re-run of that day,
 * the next days' runs and an edit of the chain's days before start nothing new that year; next year greets again.
 */
class ABirthdayGreetingGoesOutThreeDaysBeforeOnceAYearTest {
    private final Shop shop = Shop.storingChains(Map.of());

    @Test
    void greetedOnTheThirdDayBeforeOnceWhateverTheRerunsAndAgainNextYear() {
        int version = shop.storeChains(BirthdayGreetings.greeting(3, 7)).version();
        BirthdayGreetings.buysBornOn(shop, "C-1", "2026-09-30", "1990-03-10");
        BirthdayGreetings.buysBornOn(shop, "C-2", "2026-09-30", "1985-03-11");

        shop.checkOn("2027-03-06");
        assertEquals(List.of(), shop.smsTo("C-1"), "four days before: not yet");

        shop.checkOn("2027-03-07");
        assertEquals(1, shop.smsTo("C-1").size());
        assertTrue(shop.smsTo("C-1").getFirst().text().startsWith("Анна, с днём рождения! Дарим 300 рублей"),
                shop.smsTo("C-1").getFirst().text());
        assertEquals(List.of(), shop.smsTo("C-2"), "born the 11th: greeted tomorrow");
        Episode episode = shop.episodes("C-1").getFirst();
        assertEquals("birthday@2027-03-10", episode.id(), "named by this year's birthday, not the day it starts");
        assertEquals(version, episode.configVersion());
        assertEquals(0, new BigDecimal("300").compareTo(shop.customer("C-1").bonuses().balance(Shop.at("2027-03-08"))));

        shop.checkOn("2027-03-07");
        shop.checkOn("2027-03-08");
        assertEquals(1, shop.smsTo("C-1").size(), "a re-run and the next day's run start nothing new");
        assertEquals(1, shop.smsTo("C-2").size(), "the 11th's customer is greeted on the 8th");

        // The marketer moves the greeting to 1 day before: the 9th's run finds the year's episode of C-1 already.
        shop.storeChains(BirthdayGreetings.greeting(1, 7));
        shop.checkOn("2027-03-09");
        shop.checkOn("2027-03-10");
        assertEquals(1, shop.smsTo("C-1").size(), "once a year, whatever the days before");
        assertEquals(1, shop.smsTo("C-2").size());
        assertEquals(1, shop.episodes("C-1").size());

        shop.checkOn("2027-03-17"); // the bonus expired unused: the episode closes
        shop.checkOn("2028-03-09");
        assertEquals(2, shop.smsTo("C-1").size(), "next year, greeted again");
        assertEquals(List.of("birthday@2027-03-10", "birthday@2028-03-10"),
                shop.episodes("C-1").stream().map(Episode::id).sorted().toList());
    }

    @Test
    void aBirthdayCorrectedOnTheCardAfterTheGreetingIsNotGreetedAgainThatYear() {
        shop.storeChains(BirthdayGreetings.greeting(3, 7));
        BirthdayGreetings.buysBornOn(shop, "C-3", "2026-09-30", "1990-03-10");
        shop.checkOn("2027-03-07");
        assertEquals(1, shop.smsTo("C-3").size());

        // The till had it wrong: the card is corrected to 20 June after the March greeting.
        BirthdayGreetings.buysBornOn(shop, "C-3", "2027-04-02", "1990-06-20");
        shop.checkOn("2027-06-17");
        assertEquals(1, shop.smsTo("C-3").size(), "one greeting a year, whatever the card says later");
        assertEquals(List.of("birthday@2027-03-10"), shop.episodes("C-3").stream().map(Episode::id).toList());

        shop.checkOn("2028-06-17");
        assertEquals(2, shop.smsTo("C-3").size(), "next year, on the corrected day");
    }
}
