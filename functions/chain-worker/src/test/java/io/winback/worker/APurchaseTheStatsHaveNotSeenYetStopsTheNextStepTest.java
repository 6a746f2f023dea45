package io.winback.worker;

import io.winback.chain.EpisodeStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Nothing goes out after a purchase" holds even when the stats lag behind: the receipt is in the Sales table (the
 * webhook answered) but the stream has not applied it to the customer yet. The worker reads the customer's own
 * receipts before each step.
 */
class APurchaseTheStatsHaveNotSeenYetStopsTheNextStepTest {
    private final Shop shop = new Shop();

    @Test
    void aStoredPurchaseWithinTheWindowConvertsAndStopsTheSecondSms() {
        shop.buys("C-1", "2026-09-30", "900");
        shop.checkOn("2026-12-05");
        shop.buysUnseenByTheStats("C-1", "2026-12-09", "1250");

        shop.checkOn("2026-12-12");

        assertEquals(1, shop.smsTo("C-1").size(), "no second SMS after the purchase");
        assertEquals(OffsetDateTime.parse("2026-09-30T12:00:00+03:00").toInstant(),
                shop.customer("C-1").stats().lastPurchaseAt(), "the stats still have not seen it");
        var episode = shop.episodes("C-1").getFirst();
        assertEquals(EpisodeStatus.CONVERTED, episode.status());
        assertEquals(0, new BigDecimal("1250").compareTo(episode.conversion().revenue()));
        assertEquals(1, shop.customer("C-1").bonuses().grants().size(), "only the first step's bonus");
    }

    @Test
    void aStoredPurchaseAfterTheSecondSmsStopsTheCallTask() {
        shop.buys("C-2", "2026-09-30", "900");
        shop.checkOn("2026-12-05");
        shop.checkOn("2026-12-12");
        shop.buysUnseenByTheStats("C-2", "2026-12-15", "500");

        shop.checkOn("2026-12-19");

        var episode = shop.episodes("C-2").getFirst();
        assertEquals(EpisodeStatus.CONVERTED, episode.status());
        assertEquals(1, episode.conversion().step(), "the second SMS won them back");
        assertEquals(0, shop.callTasks.openTasks(null, 10, null).tasks().size(), "no call task for a customer who is back");
    }
}
