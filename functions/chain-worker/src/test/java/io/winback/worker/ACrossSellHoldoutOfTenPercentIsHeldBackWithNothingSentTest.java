package io.winback.worker;

import io.winback.chain.Episode;
import io.winback.chain.Holdout;
import io.winback.chain.TouchStatus;
import io.winback.config.WinbackConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 120 camera buyers of one day: the holdout is decided for the cross-sell chain as for every chain, by the salted
 * hash, about 10 % (the share itself is held to 10 % over 10,000 ids by
 * {@code TheHoldoutIsDecidedLikeEveryoneElseAndGetsNothingTest}), each recorded with nothing sent and no bonus;
 * everyone else is offered a lens.
 */
class ACrossSellHoldoutOfTenPercentIsHeldBackWithNothingSentTest {
    private static final int CUSTOMERS = 120;

    @Test
    void aboutOneInTenIsHeldBackAndGetsNothing() {
        Shop shop = Shop.storingChains(Map.of(WinbackConfig.HOLDOUT_PERCENT, "10",
                WinbackConfig.HOLDOUT_SALT, "cross-sell-salt"));
        shop.storeChains(CrossSellOffers.cameraLens(3, 0));
        List<String> keys = IntStream.range(0, CUSTOMERS).mapToObj(i -> "X-" + i).toList();
        keys.forEach(key -> CrossSellOffers.buys(shop, key, "2027-03-01", "45000", "camera"));

        assertEquals(List.of(), shop.checkOn("2027-03-04"), "no work item failed");

        Holdout holdout = shop.config.chains().holdout();
        List<Episode> episodes = keys.stream().map(key -> shop.episodes(key).getFirst()).toList();
        assertTrue(episodes.stream().allMatch(e -> e.id().equals("bought:camera>lens@2027-03-01")));
        List<String> held = episodes.stream().filter(Episode::holdout).map(Episode::customerKey).toList();
        assertEquals(keys.stream().filter(holdout::contains).toList(), held, "the same hash as every chain's");
        // 10 % of 120 is 12; two standard deviations of the draw (3.3) either side.
        assertTrue(held.size() >= 6 && held.size() <= 18, "about 10 % of 120: " + held.size());
        for (String key : held) {
            assertEquals(List.of(TouchStatus.HOLDOUT), shop.touches(key).stream().map(t -> t.status()).toList());
            assertEquals(List.of(), shop.customer(key).bonuses().grants());
        }
        Set<String> offered = shop.outbox.messages().stream().map(m -> m.to()).collect(Collectors.toSet());
        assertEquals(CUSTOMERS - held.size(), shop.outbox.messages().size(), "one SMS to each of the others");
        assertEquals(keys.stream().filter(key -> !held.contains(key))
                        .map(key -> Shop.contact(key, true, null, false).phone()).collect(Collectors.toSet()), offered,
                "none to the held back");
    }
}
