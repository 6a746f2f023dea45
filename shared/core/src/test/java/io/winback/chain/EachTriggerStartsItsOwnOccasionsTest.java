package io.winback.chain;

import io.winback.domain.PurchaseBand;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The new triggers name their occasions apart, refuse settings that cannot work, and may serve every band. */
class EachTriggerStartsItsOwnOccasionsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final ChainStep SMS = new ChainStep(0, null, Map.of(), List.of(Channel.SMS), null, 7);

    @Test
    void twoRefillChainsOfDifferentGoodsNeverShareAnEpisode() {
        var dogFood = new Trigger.Replenishment("dogfood", new BigDecimal("0.75"), null);
        var lenses = new Trigger.Replenishment("lenses", new BigDecimal("0.75"), 30);

        assertEquals("replenishment:dogfood@2026-12-01", dogFood.on(DAY).episodeId());
        assertNotEquals(dogFood.on(DAY).episodeId(), lenses.on(DAY).episodeId());
        assertEquals(DAY, Trigger.Occasion.dayOf(lenses.on(DAY).episodeId()));
    }

    @Test
    void aBirthdayIsOneOccasionADayAndACrossSellNamesBothGroups() {
        assertEquals("birthday@2026-12-01", new Trigger.Birthday(3).on(DAY).episodeId());
        assertEquals("bought:camera>lens@2026-12-01",
                new Trigger.Bought("camera", "lens", 3, 365).on(DAY).episodeId());
    }

    @Test
    void settingsThatCannotWorkAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Trigger.Replenishment(" ", BigDecimal.ONE, null));
        assertThrows(IllegalArgumentException.class, () -> new Trigger.Replenishment("dogfood", BigDecimal.ZERO, null));
        assertThrows(IllegalArgumentException.class, () -> new Trigger.Replenishment("dogfood", BigDecimal.ONE, 0));
        assertThrows(IllegalArgumentException.class, () -> new Trigger.Birthday(-1));
        assertThrows(IllegalArgumentException.class, () -> new Trigger.Bought("camera", "camera", 3, 365));
        assertThrows(IllegalArgumentException.class, () -> new Trigger.Bought("camera", "lens", -1, 365));
    }

    @Test
    void theTimeliestReasonComesFirstWhenOneCustomerIsDueForSeveral() {
        List<Trigger> byPriority = List.<Trigger>of(new Trigger.FellAsleep(), new Trigger.Birthday(0),
                        new Trigger.Bought("camera", "lens", 3, 365),
                        new Trigger.Replenishment("dogfood", BigDecimal.ONE, null)).stream()
                .sorted(java.util.Comparator.comparingInt(Trigger::defaultPriority)).toList();

        assertEquals(List.of("replenishment", "bought", "birthday", "fell-asleep"),
                byPriority.stream().map(Trigger::type).toList());
    }

    @Test
    void aChainWithoutABandServesEveryBandThatHasNoChainOfItsOwn() {
        var birthday = new Trigger.Birthday(3);
        Chain everyone = new Chain("birthday", birthday, null, List.of(SMS));
        Chain vip = new Chain("birthday-vip", birthday, PurchaseBand.VIP, List.of(SMS));
        var configuration = new ChainConfiguration(1, List.of(everyone, vip), null);

        assertEquals("birthday-vip", configuration.chainFor(birthday, PurchaseBand.VIP).orElseThrow().id());
        assertEquals("birthday", configuration.chainFor(birthday, PurchaseBand.ONE).orElseThrow().id());
        assertEquals("birthday", configuration.chainFor(birthday, null).orElseThrow().id());
        assertThrows(IllegalArgumentException.class, () -> new Chain("sleep", new Trigger.FellAsleep(), null,
                List.of(SMS)));
    }
}
