package io.winback.chain;

import io.winback.domain.Sale;
import io.winback.domain.Sales;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.winback.chain.DueSteps.MOSCOW;
import static io.winback.chain.DueSteps.SLEEP_DAY;
import static io.winback.chain.DueSteps.episode;
import static io.winback.chain.DueSteps.onTheSleepDayAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna bought a camera; three days later an SMS offered her a lens (a bonus valid 7 days). Only a purchase with a
 * lens in it reaches the offer's goal: coffee, or a second camera, neither converts nor ends it. A birthday greeting
 * or a sleeping customer's chain is reached by any purchase.
 */
class ALensOfferIsConvertedByALensNotByCoffeeTest {
    private static final Trigger.Bought CAMERA_LENS = new Trigger.Bought("camera", "lens", 3, 365);
    private final Instant offerSentAt = onTheSleepDayAt("10:00");
    private final Touch offer = new Touch("C-1", "fell_asleep-2026-11-06", 0, TouchStatus.SENT, Channel.SMS,
            offerSentAt, new BigDecimal("500"), BonusValidity.until(offerSentAt, 7, MOSCOW),
            BonusValidity.until(offerSentAt, 7, MOSCOW), "m1", null, null);
    private final Episode offered = episode(new Chain("camera-lens", CAMERA_LENS, null, Playbook.steps()), 1,
            SLEEP_DAY.plusDays(7), false);

    @Test
    void theOfferIsReachedOnlyByItsOfferGroup() {
        assertEquals(Optional.of("lens"), ConvertingPurchase.groupOf(CAMERA_LENS));
        assertEquals(Optional.empty(), ConvertingPurchase.groupOf(new Trigger.Birthday(3)));
        assertEquals(Optional.empty(), ConvertingPurchase.groupOf(new Trigger.FellAsleep()));
    }

    @Test
    void aLensWithinTheBonusWindowConvertsTheOffer() {
        Sale lens = Sales.ofGroups("s2", "C-1", "2026-11-08T12:00:00+03:00", "12000", "lens");

        assertTrue(PurchaseEndsEpisode.ends(CAMERA_LENS, offered, lens));
        Episode ended = PurchaseEndsEpisode.ended(offered, List.of(offer), Optional.of(lens));
        assertEquals(EpisodeStatus.CONVERTED, ended.status());
        assertEquals(offer.id(), ended.conversion().touchId());
    }

    @Test
    void coffeeOrASecondCameraNeitherConvertsNorEndsTheOffer() {
        Sale coffee = Sales.ofGroups("s2", "C-1", "2026-11-08T12:00:00+03:00", "300", "coffee");
        Sale camera = Sales.ofGroups("s3", "C-1", "2026-11-08T13:00:00+03:00", "40000", "camera");

        assertFalse(PurchaseEndsEpisode.ends(CAMERA_LENS, offered, coffee));
        assertFalse(PurchaseEndsEpisode.ends(CAMERA_LENS, offered, camera));
        assertTrue(PurchaseEndsEpisode.ends(new Trigger.Birthday(3), offered, coffee),
                "coffee reaches a birthday greeting's goal");
        assertTrue(PurchaseEndsEpisode.ends(new Trigger.FellAsleep(), offered, coffee),
                "and a sleeping customer's");
    }
}
