package io.winback.worker;

import io.winback.chain.Holdout;
import io.winback.chain.TouchStatus;
import io.winback.config.WinbackConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Holdout customers pass through the same decisions, recorded as holdout: no bonus, no message, no call task. */
class TheHoldoutIsDecidedLikeEveryoneElseAndGetsNothingTest {

    @Test
    void tenPercentOfTenThousandIdsPlusOrMinusOneStableAcrossRuns() {
        Holdout holdout = new Holdout(0.10, "shop-salt");
        long inHoldout = IntStream.range(0, 10_000).filter(i -> holdout.contains("C-" + i)).count();
        assertTrue(inHoldout >= 900 && inHoldout <= 1100, "10 % ± 1: " + inHoldout);
        Holdout again = new Holdout(0.10, "shop-salt");
        assertTrue(IntStream.range(0, 10_000).allMatch(i -> holdout.contains("C-" + i) == again.contains("C-" + i)));
        Holdout otherSalt = new Holdout(0.10, "other-salt");
        assertTrue(IntStream.range(0, 10_000).anyMatch(i -> holdout.contains("C-" + i) != otherSalt.contains("C-" + i)));
    }

    @Test
    void aHoldoutCustomerIsRecordedStepByStepAndGetsNothing() {
        Shop shop = new Shop(Map.of(WinbackConfig.HOLDOUT_PERCENT, "10", WinbackConfig.HOLDOUT_SALT, "shop-salt"));
        Holdout holdout = shop.config.chains().holdout();
        String held = IntStream.range(0, 1000).mapToObj(i -> "C-" + i).filter(holdout::contains).findFirst().orElseThrow();
        String treated = IntStream.range(0, 1000).mapToObj(i -> "C-" + i).filter(k -> !holdout.contains(k)).findFirst().orElseThrow();
        shop.buys(held, "2026-09-30", "900");
        shop.buys(treated, "2026-09-30", "900");

        for (String day : List.of("2026-12-05", "2026-12-12", "2026-12-19")) {
            shop.checkOn(day);
        }

        assertEquals(List.of(), shop.smsTo(held));
        assertEquals(2, shop.smsTo(treated).size());
        assertTrue(shop.episodes(held).getFirst().holdout());
        assertEquals(List.of(TouchStatus.HOLDOUT, TouchStatus.HOLDOUT, TouchStatus.HOLDOUT),
                shop.touches(held).stream().map(t -> t.status()).toList());
        assertEquals(List.of(), shop.customer(held).bonuses().grants());
        assertEquals(shop.touches(treated).stream().map(t -> t.at()).toList(),
                shop.touches(held).stream().map(t -> t.at()).toList(), "same timing as the treated");
    }
}
