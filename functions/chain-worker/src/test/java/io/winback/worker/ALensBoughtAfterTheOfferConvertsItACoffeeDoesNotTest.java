package io.winback.worker;

import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.domain.Sale;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A lens offer started by the check and sent by the worker: a coffee bought after it neither converts nor ends it;
 * a lens bought within its window converts it at once, through the real stats function as the sale is applied.
 */
class ALensBoughtAfterTheOfferConvertsItACoffeeDoesNotTest {
    private final Shop shop = Shop.storingChains(Map.of());

    @Test
    void coffeeLeavesTheOfferRunningAndALensConvertsIt() {
        shop.storeChains(CrossSellOffers.cameraLens(3, 0));
        CrossSellOffers.buys(shop, "K-1", "2027-03-01", "45000", "camera");
        shop.checkOn("2027-03-04");
        assertEquals(1, shop.smsTo("K-1").size());

        CrossSellOffers.buys(shop, "K-1", "2027-03-05", "300", "coffee");
        assertEquals(EpisodeStatus.ACTIVE, shop.episodes("K-1").getFirst().status(), "coffee does not end it");

        Sale lens = CrossSellOffers.buys(shop, "K-1", "2027-03-07", "8000", "lens");

        Episode episode = shop.episodes("K-1").getFirst();
        assertEquals(EpisodeStatus.CONVERTED, episode.status(), "ended as the sale is applied");
        assertEquals(lens.saleId(), episode.conversion().saleId());
        assertEquals(0, episode.conversion().step());
        assertEquals(Set.of(), shop.customer("K-1").openEpisodes());
        assertEquals(List.of(), shop.checkOn("2027-03-08"));
        assertEquals(1, shop.smsTo("K-1").size());
    }
}
