package io.winback.worker;

import io.winback.chain.Episode;
import io.winback.chain.WorkItem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Camera → lens after 3 days: the customer who bought a camera on 1 March (two receipts that day) is offered a lens
 * on 4 March, once, whatever re-runs of the check and redeliveries of its work item; the offer is named by the
 * purchase day and keeps the configuration version it started under; not on the 3rd, and a coffee buyer never.
 */
class ACameraBuyerIsOfferedALensThreeDaysLaterExactlyOnceTest {
    private final Shop shop = Shop.storingChains(Map.of());

    @Test
    void offeredOnTheThirdDayOnceWhateverTheRerunsAndRedeliveries() {
        int version = shop.storeChains(CrossSellOffers.cameraLens(3, 0)).version();
        CrossSellOffers.buys(shop, "C-1", "2027-03-01", "45000", "camera");
        CrossSellOffers.buys(shop, "C-1", "2027-03-01", "900", "camera", "coffee");
        CrossSellOffers.buys(shop, "C-2", "2027-03-01", "300", "coffee");

        assertEquals(Map.of("crossSellsQueued", 0), queuedOn("2027-03-03"), "two days after: not yet");
        shop.deliverQueue();
        assertEquals(List.of(), shop.smsTo("C-1"));

        assertEquals(Map.of("crossSellsQueued", 1), queuedOn("2027-03-04"), "one item for the day's two receipts");
        List<WorkItem> items = new ArrayList<>(shop.queue);
        assertEquals(List.of("C-1-2027-03-01-45000", "C-1-2027-03-01-900"),
                ((WorkItem.DecideCrossSell) items.getFirst()).saleIds().stream().sorted().toList());
        assertEquals(List.of(), shop.deliverQueue());
        assertEquals(1, shop.smsTo("C-1").size());
        assertTrue(shop.smsTo("C-1").getFirst().text().startsWith("Анна, к камере пригодится lens: дарим 500 рублей"),
                shop.smsTo("C-1").getFirst().text());
        Episode episode = shop.episodes("C-1").getFirst();
        assertEquals("bought:camera>lens@2027-03-01", episode.id(), "named by the purchase day");
        assertEquals(version, episode.configVersion());
        assertEquals(0, new BigDecimal("500").compareTo(shop.customer("C-1").bonuses().balance(Shop.at("2027-03-05"))));

        shop.queue.addAll(items); // SQS delivers the item again
        assertEquals(List.of(), shop.deliverQueue());
        shop.checkOn("2027-03-04");
        shop.checkOn("2027-03-05");
        assertEquals(1, shop.smsTo("C-1").size(), "a redelivery, a re-run and the next day's run send nothing new");
        assertEquals(1, shop.episodes("C-1").size());
        assertEquals(List.of(), shop.smsTo("C-2"), "coffee starts no offer");
        assertEquals(List.of(), shop.episodes("C-2"));
    }

    /** Runs the check of {@code day} (10:00 shop time) and answers what it queued of cross-sells; nothing delivered. */
    private Map<String, Object> queuedOn(String day) {
        shop.clock.set(Shop.at(day));
        Map<String, Object> summary = shop.check.handleRequest(Map.of("scheduledTime", day + Shop.MOSCOW_10AM), null);
        assertEquals(LocalDate.parse(day).toString(), summary.get("day"));
        return Map.of("crossSellsQueued", summary.get("crossSellsQueued"));
    }
}
