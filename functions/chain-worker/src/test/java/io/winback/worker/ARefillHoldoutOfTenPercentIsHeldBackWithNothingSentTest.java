package io.winback.worker;

import io.winback.chain.BonusOffer;
import io.winback.chain.Chain;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Episode;
import io.winback.chain.Holdout;
import io.winback.chain.TouchStatus;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.messages.MessageContent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 120 customers bought dog food on 15 January, and a refill chain reminds at 0.75 of its 60-day stand-in cycle, on
 * 1 March: the holdout is decided for the refill chain as for every chain, by the salted hash, about 10 %, each of
 * them recorded with nothing sent and no bonus; everyone else is reminded, once.
 */
class ARefillHoldoutOfTenPercentIsHeldBackWithNothingSentTest {
    private static final int CUSTOMERS = 120;

    @Test
    void aboutOneInTenIsHeldBackAndGetsNothing() {
        Shop shop = Shop.storingChains(Map.of(WinbackConfig.HOLDOUT_PERCENT, "10",
                WinbackConfig.HOLDOUT_SALT, "refill-salt"));
        shop.storeChains(new Chain("dogfood-refill", new Trigger.Replenishment("dogfood", new BigDecimal("0.75"), 60),
                null, List.of(new ChainStep(0, new BonusOffer(new BigDecimal("150"), 7),
                Map.of(Channel.SMS, Map.of("ru", MessageContent.sms("{name}, корм заканчивается?"))),
                List.of(Channel.SMS), null, ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS))));
        List<String> keys = IntStream.range(0, CUSTOMERS).mapToObj(i -> "F-" + i).toList();
        shop.clock.set(OffsetDateTime.parse("2027-01-15T13:00:00+03:00").toInstant());
        keys.forEach(key -> shop.buysThroughTheStream(key, "2027-01-15", "1500", "dogfood"));

        assertEquals(List.of(), shop.checkOn("2027-03-01"), "no work item failed");
        shop.checkOn("2027-03-01");

        Holdout holdout = shop.config.chains().holdout();
        List<Episode> episodes = keys.stream().map(key -> shop.episodes(key).getFirst()).toList();
        assertTrue(episodes.stream().allMatch(e -> e.id().equals("replenishment:dogfood/2027-01-15@2027-03-01")));
        List<String> held = episodes.stream().filter(Episode::holdout).map(Episode::customerKey).toList();
        assertEquals(keys.stream().filter(holdout::contains).toList(), held, "the same hash as every chain's");
        // 10 % of 120 is 12; two standard deviations of the draw (3.3) either side.
        assertTrue(held.size() >= 6 && held.size() <= 18, "about 10 % of 120: " + held.size());
        for (String key : held) {
            assertEquals(List.of(TouchStatus.HOLDOUT), shop.touches(key).stream().map(t -> t.status()).toList());
            assertEquals(List.of(), shop.customer(key).bonuses().grants());
        }
        Set<String> reminded = shop.outbox.messages().stream().map(m -> m.to()).collect(Collectors.toSet());
        assertEquals(CUSTOMERS - held.size(), shop.outbox.messages().size(), "one SMS to each of the others, once");
        assertEquals(keys.stream().filter(key -> !held.contains(key))
                        .map(key -> Shop.contact(key, true, null, false).phone()).collect(Collectors.toSet()), reminded,
                "none to the held back");
    }
}
