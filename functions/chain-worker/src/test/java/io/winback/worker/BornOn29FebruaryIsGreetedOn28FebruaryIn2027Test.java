package io.winback.worker;

import io.winback.chain.Episode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 29 February is celebrated on 28 February in a year without one, and on the 29th in a leap year. */
class BornOn29FebruaryIsGreetedOn28FebruaryIn2027Test {
    private final Shop shop = Shop.storingChains(Map.of());

    @Test
    void theLeapDayIsGreetedWithThe28thIn2027AndOnItsOwnDayIn2028() {
        shop.storeChains(BirthdayGreetings.greeting(0, 3));
        BirthdayGreetings.buysBornOn(shop, "C-leap", "2026-09-30", "1996-02-29");
        BirthdayGreetings.buysBornOn(shop, "C-28th", "2026-09-30", "1990-02-28");
        BirthdayGreetings.buysBornOn(shop, "C-1st", "2026-09-30", "1990-03-01");

        shop.checkOn("2027-02-27");
        assertEquals(List.of(), shop.smsTo("C-leap"));
        shop.checkOn("2027-02-28");
        assertEquals(1, shop.smsTo("C-leap").size(), "no 29th in 2027: greeted on the 28th");
        assertEquals(1, shop.smsTo("C-28th").size());
        assertEquals(List.of(), shop.smsTo("C-1st"));
        shop.checkOn("2027-03-01");
        assertEquals(1, shop.smsTo("C-leap").size(), "not again on 1 March");
        assertEquals(1, shop.smsTo("C-1st").size());
        assertEquals("birthday@2027-02-28", shop.episodes("C-leap").getFirst().id());

        shop.checkOn("2027-03-04"); // the bonuses expired: the episodes close
        shop.checkOn("2028-02-28");
        assertEquals(1, shop.smsTo("C-leap").size(), "2028 has a 29th: not on the 28th");
        assertEquals(2, shop.smsTo("C-28th").size());
        shop.checkOn("2028-02-29");
        assertEquals(2, shop.smsTo("C-leap").size());
        assertEquals(List.of("birthday@2027-02-28", "birthday@2028-02-29"),
                shop.episodes("C-leap").stream().map(Episode::id).sorted().toList());
    }
}
