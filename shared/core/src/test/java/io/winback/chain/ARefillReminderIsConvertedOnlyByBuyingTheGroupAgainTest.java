package io.winback.chain;

import io.winback.domain.Customer;
import io.winback.domain.Sale;
import io.winback.domain.Sales;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.winback.chain.DueSteps.MOSCOW;
import static io.winback.chain.DueSteps.PLANNER;
import static io.winback.chain.DueSteps.SLEEP_DAY;
import static io.winback.chain.DueSteps.annaWithSmsConsent;
import static io.winback.chain.DueSteps.episode;
import static io.winback.chain.DueSteps.onTheSleepDayAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna's dog food reminder went out by SMS (a bonus valid 7 days); its second step is due a week later. Only a
 * purchase with dog food in it reaches the reminder's goal: coffee neither converts nor ends the episode, so the next
 * step still comes; dog food within the bonus's validity converts through the SMS. The sleeping customer's chain, by
 * contrast, is ended by any purchase, as before.
 */
class ARefillReminderIsConvertedOnlyByBuyingTheGroupAgainTest {
    private static final Trigger.Replenishment DOG_FOOD = new Trigger.Replenishment("dogfood",
            new BigDecimal("0.75"), null);
    private static final Chain REFILL = new Chain("dogfood-refill", DOG_FOOD, null, Playbook.steps());
    private final Instant smsSentAt = onTheSleepDayAt("10:00");
    private final Touch reminder = new Touch("C-1", "fell_asleep-2026-11-06", 0, TouchStatus.SENT, Channel.SMS,
            smsSentAt, new BigDecimal("100"), BonusValidity.until(smsSentAt, 7, MOSCOW),
            BonusValidity.until(smsSentAt, 7, MOSCOW), "m1", null, null);
    private final Episode secondStepDue = episode(REFILL, 1, SLEEP_DAY.plusDays(7), false);
    private final Instant aWeekLater = smsSentAt.plusSeconds(7 * 24 * 3600);

    private StepDecision decide(Chain chain, Customer customer, Optional<Sale> firstPurchaseSince) {
        return PLANNER.decide(new StepFacts(secondStepDue, Optional.of(customer), chain, List.of(reminder),
                firstPurchaseSince, true, Set.of(), aWeekLater, aWeekLater));
    }

    @Test
    void dogFoodWithinTheBonusWindowConvertsTheReminder() {
        Sale dogFood = Sales.ofGroups("s2", "C-1", "2026-11-09T18:00:00+03:00", "1500", "coffee", "dogfood");

        assertTrue(PurchaseEndsEpisode.ends(DOG_FOOD, secondStepDue, dogFood));
        StepDecision.End end = assertInstanceOf(StepDecision.End.class,
                decide(REFILL, annaWithSmsConsent(), Optional.of(dogFood)));
        assertEquals(EpisodeStatus.CONVERTED, end.status());
        assertEquals(reminder.id(), end.conversion().touchId());
        assertEquals("s2", end.conversion().saleId());
    }

    @Test
    void coffeeNeitherConvertsNorEndsTheReminderSoItsNextStepIsTaken() {
        Sale coffee = Sales.ofGroups("s2", "C-1", "2026-11-09T18:00:00+03:00", "300", "coffee");

        assertFalse(PurchaseEndsEpisode.ends(DOG_FOOD, secondStepDue, coffee));
        assertInstanceOf(StepDecision.Send.class, decide(REFILL, annaWithSmsConsent(), Optional.of(coffee)));
        assertInstanceOf(StepDecision.End.class, decide(DueSteps.PLAYBOOK, annaWithSmsConsent(), Optional.of(coffee)),
                "the same coffee ends a sleeping customer's chain");
    }

    @Test
    void aPurchaseTheStatsSawButNoReceiptShowsDoesNotEndTheReminder() {
        Customer boughtPerStats = annaWithSmsConsent().apply(Sales.ofGroups("s2", "C-1",
                "2026-11-09T18:00:00+03:00", "300", "coffee"), Instant.parse("2026-11-09T15:00:00Z"), MOSCOW);

        assertInstanceOf(StepDecision.Send.class, decide(REFILL, boughtPerStats, Optional.empty()),
                "the stats name no group: the reminder waits for the receipt");
        assertEquals(new StepDecision.End(EpisodeStatus.EXITED, "purchase", null),
                decide(DueSteps.PLAYBOOK, boughtPerStats, Optional.empty()));
    }

    @Test
    void returningDogFoodIsNotBuyingIt() {
        Sale returned = Sales.returnOfGroup("r1", "C-1", "2026-11-09T18:00:00+03:00", "1500", "dogfood");

        assertFalse(ConvertingPurchase.counts(DOG_FOOD, returned));
        assertFalse(PurchaseEndsEpisode.ends(DOG_FOOD, secondStepDue, returned));
    }
}
