package io.winback.worker;

import io.winback.chain.EpisodeStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A purchase ends the episode at once: converted within the bonus's validity, and no later step goes out. */
class CustomerWhoBuysOnDay70IsConvertedAndHearsNothingMoreTest {
    private final Shop shop = new Shop();

    @Test
    void purchaseWithinTheBonusValidityConvertsTheEpisode() {
        shop.buys("C-1", "2026-09-30", "900");
        shop.checkOn("2026-12-05");
        shop.buys("C-1", "2026-12-09", "1250", "100", Shop.contact("C-1", true, null, false));

        shop.checkOn("2026-12-12");

        assertEquals(1, shop.smsTo("C-1").size(), "no second SMS after the purchase");
        var episode = shop.episodes("C-1").getFirst();
        assertEquals(EpisodeStatus.CONVERTED, episode.status());
        assertEquals(0, episode.conversion().step());
        assertEquals(0, new BigDecimal("1250").compareTo(episode.conversion().revenue()));
        assertEquals(0, new BigDecimal("100").compareTo(episode.conversion().bonusRedeemed()));
        var customer = shop.customer("C-1");
        assertEquals(0, BigDecimal.ZERO.compareTo(customer.bonuses().balance(Shop.at("2026-12-10"))),
                "the purchase spent the 100 granted");
        assertEquals(0, BigDecimal.ZERO.compareTo(customer.bonuses().overdraft()));
    }

    @Test
    void purchaseAfterTheWindowEndsTheEpisodeWithoutConversion() {
        shop.buys("C-2", "2026-09-30", "900");
        shop.checkOn("2026-12-05");
        shop.checkOn("2026-12-12");
        shop.checkOn("2026-12-19");
        shop.buys("C-2", "2026-12-27", "500");

        shop.checkOn("2026-12-28");

        var episode = shop.episodes("C-2").getFirst();
        assertEquals(EpisodeStatus.EXITED, episode.status());
        assertEquals("purchase_outside_window", episode.endReason());
        assertNull(episode.conversion());
    }

    @Test
    void theNewSleepDayAfterThePurchaseStartsAFreshEpisodeLater() {
        shop.buys("C-3", "2026-09-30", "900");
        shop.checkOn("2026-12-05");
        shop.buys("C-3", "2026-12-06", "900");
        shop.checkOn("2026-12-07");
        // Two purchases: segment 2-3, asleep 80 days after 06.12 = 24.02.
        shop.checkOn("2027-02-24");
        assertEquals(2, shop.episodes("C-3").size());
        assertEquals(2, shop.smsTo("C-3").size());
    }
}
