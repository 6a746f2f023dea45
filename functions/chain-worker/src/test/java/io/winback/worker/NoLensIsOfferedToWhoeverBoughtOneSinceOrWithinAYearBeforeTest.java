package io.winback.worker;

import io.winback.chain.Episode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Camera → lens after 3 days, unless a lens was bought since the camera or within 365 days before it: four camera
 * buyers of 1 March 2027, one who bought a lens the next day, one 200 days before, one 400 days before, one never.
 * Only the last two are offered a lens on 4 March.
 */
class NoLensIsOfferedToWhoeverBoughtOneSinceOrWithinAYearBeforeTest {
    private final Shop shop = Shop.storingChains(Map.of());

    @Test
    void aLensBoughtSinceOrWithinTheYearBeforeMeansNoOffer() {
        shop.storeChains(CrossSellOffers.cameraLens(3, 0));
        CrossSellOffers.buys(shop, "L-400", "2026-01-25", "8000", "lens"); // 400 days before the camera
        CrossSellOffers.buys(shop, "L-200", "2026-08-13", "8000", "lens"); // 200 days before
        for (String key : List.of("L-400", "L-200", "L-next", "L-never")) {
            CrossSellOffers.buys(shop, key, "2027-03-01", "45000", "camera");
        }
        CrossSellOffers.buys(shop, "L-next", "2027-03-02", "8000", "lens");

        assertEquals(List.of(), shop.checkOn("2027-03-04"));

        assertEquals(List.of(), shop.smsTo("L-next"), "bought a lens the day after the camera");
        assertEquals(List.of(), shop.smsTo("L-200"), "bought one 200 days before: within 365");
        assertEquals(List.of(), episodeIds("L-next"));
        assertEquals(List.of(), episodeIds("L-200"));
        assertEquals(1, shop.smsTo("L-400").size(), "400 days before is past the 365");
        assertEquals(1, shop.smsTo("L-never").size());
        assertEquals(List.of("bought:camera>lens@2027-03-01"), episodeIds("L-400"));
    }

    private List<String> episodeIds(String key) {
        return shop.episodes(key).stream().map(Episode::id).toList();
    }
}
