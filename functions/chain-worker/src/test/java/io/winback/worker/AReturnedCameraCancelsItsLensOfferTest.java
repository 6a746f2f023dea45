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
 * A return of the whole original purchase before the offer cancels it: a camera brought back before its offer's
 * day starts no offer; one brought back after the offer started but before its first step (sent two days after the
 * start) ends the episode with nothing sent; one of two cameras bought that day brought back leaves the offer.
 */
class AReturnedCameraCancelsItsLensOfferTest {
    private final Shop shop = Shop.storingChains(Map.of());

    @Test
    void aCameraReturnedBeforeTheOfferDayStartsNoOffer() {
        shop.storeChains(CrossSellOffers.cameraLens(3, 0));
        Sale camera = CrossSellOffers.buys(shop, "R-1", "2027-03-01", "45000", "camera");
        Sale other = CrossSellOffers.buys(shop, "R-2", "2027-03-01", "45000", "camera");
        CrossSellOffers.buys(shop, "R-2", "2027-03-01", "46000", "camera");
        CrossSellOffers.returns(shop, camera, "2027-03-02");
        CrossSellOffers.returns(shop, other, "2027-03-02");

        assertEquals(List.of(), shop.checkOn("2027-03-04"));

        assertEquals(List.of(), shop.smsTo("R-1"));
        assertEquals(List.of(), shop.episodes("R-1"), "no offer for a camera the customer no longer has");
        assertEquals(1, shop.smsTo("R-2").size(), "the other camera of that day is kept: the offer goes out");
    }

    @Test
    void aCameraReturnedAfterTheStartButBeforeTheStepEndsTheOfferWithNothingSent() {
        shop.storeChains(CrossSellOffers.cameraLens(3, 2));
        Sale camera = CrossSellOffers.buys(shop, "R-3", "2027-03-01", "45000", "camera");
        CrossSellOffers.buys(shop, "R-4", "2027-03-01", "45000", "camera");

        shop.checkOn("2027-03-04");
        assertEquals(EpisodeStatus.ACTIVE, shop.episodes("R-3").getFirst().status(), "started, its SMS due on the 6th");
        assertEquals(List.of(), shop.smsTo("R-3"));

        CrossSellOffers.returns(shop, camera, "2027-03-05");
        assertEquals(List.of(), shop.checkOn("2027-03-06"));

        Episode ended = shop.episodes("R-3").getFirst();
        assertEquals(EpisodeStatus.EXITED, ended.status());
        assertEquals("purchase_returned", ended.endReason());
        assertEquals(List.of(), shop.smsTo("R-3"), "nothing sent");
        assertEquals(List.of(), shop.touches("R-3"));
        assertEquals(Set.of(), shop.customer("R-3").openEpisodes(), "the mark is cleared");
        assertEquals(1, shop.smsTo("R-4").size(), "the camera kept: its offer goes out on the 6th");
    }
}
