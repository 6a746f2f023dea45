package io.winback.worker;

import io.winback.chain.Chain;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Trigger;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A birthday chain of two greetings (3 days before, and on the day): a purchase of anything while the first bonus
 * is valid converts the episode, and the second greeting never goes out; a purchase after the window ends it without
 * a conversion.
 */
class AnyPurchaseWithinTheBirthdayWindowConvertsTest {
    private final Shop shop = Shop.storingChains(Map.of());

    @Test
    void aPurchaseWhileTheBonusIsValidConvertsAndEndsTheEpisodeAtOnce() {
        shop.storeChains(twoGreetings());
        BirthdayGreetings.buysBornOn(shop, "C-1", "2027-01-15", "1990-03-10");
        BirthdayGreetings.buysBornOn(shop, "C-2", "2027-01-15", "1990-03-10");

        shop.checkOn("2027-03-07");
        shop.buys("C-1", "2027-03-08", "1500", "300", Shop.contact("C-1", true, null, false));
        shop.checkOn("2027-03-10");

        assertEquals(1, shop.smsTo("C-1").size(), "nothing more after the purchase");
        var episode = shop.episodes("C-1").getFirst();
        assertEquals(EpisodeStatus.CONVERTED, episode.status());
        assertEquals(0, episode.conversion().step());
        assertEquals(0, new BigDecimal("1500").compareTo(episode.conversion().revenue()));
        assertEquals(2, shop.smsTo("C-2").size(), "who did not buy hears the second greeting on the day");
    }

    @Test
    void aPurchaseAfterTheLastWindowEndsItWithoutAConversion() {
        shop.storeChains(twoGreetings());
        BirthdayGreetings.buysBornOn(shop, "C-3", "2027-01-15", "1990-03-10");
        shop.checkOn("2027-03-07");
        shop.checkOn("2027-03-10");
        shop.buys("C-3", "2027-03-14", "700");

        shop.checkOn("2027-03-15");

        var episode = shop.episodes("C-3").getFirst();
        assertEquals(EpisodeStatus.EXITED, episode.status());
        assertEquals("purchase_outside_window", episode.endReason());
        assertNull(episode.conversion());
    }

    /** 300 valid 3 days, 3 days before; 200 valid 2 days, on the day. */
    private static Chain twoGreetings() {
        return new Chain("birthday", new Trigger.Birthday(3), null, List.of(BirthdayGreetings.smsStep(0, "300", 3),
                BirthdayGreetings.smsStep(3, "200", 2)));
    }
}
