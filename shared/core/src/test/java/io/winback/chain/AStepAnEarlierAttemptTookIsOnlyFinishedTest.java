package io.winback.chain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.winback.chain.DueSteps.MOSCOW;
import static io.winback.chain.DueSteps.PLANNER;
import static io.winback.chain.DueSteps.PLAYBOOK;
import static io.winback.chain.DueSteps.SLEEP_DAY;
import static io.winback.chain.DueSteps.annaWithSmsConsent;
import static io.winback.chain.DueSteps.episode;
import static io.winback.chain.DueSteps.facts;
import static io.winback.chain.DueSteps.firstStepDue;
import static io.winback.chain.DueSteps.onTheSleepDayAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A retried work item that finds the step's touch final sends nothing more: it grants what the touch owes (the
 * grant's id makes a repeat a no-op) and moves the episode on: the next step seven days after the touch, or after
 * the last step the day after its window closes.
 */
class AStepAnEarlierAttemptTookIsOnlyFinishedTest {
    private final Instant sentAt = onTheSleepDayAt("10:00");
    private final Touch sent = new Touch("C-1", "fell_asleep-2026-11-06", 0, TouchStatus.SENT, Channel.SMS, sentAt,
            new BigDecimal("80.00"), BonusValidity.until(sentAt, 7, MOSCOW), BonusValidity.until(sentAt, 7, MOSCOW),
            "m1", null, null);

    @Test
    void aSentTouchIsFinishedWithTheBonusItRecordedAndTheNextStepAWeekLater() {
        StepDecision decision = PLANNER.decide(facts(firstStepDue(), PLAYBOOK, annaWithSmsConsent(), List.of(sent),
                sentAt.plusSeconds(60)));

        assertEquals(new StepDecision.AlreadyTaken(sent), decision);
        assertEquals(Optional.of(new BigDecimal("80.00")), StepPlanner.bonusOwed(PLAYBOOK.step(0), sent),
                "the amount held to the cap when the touch was claimed, not the configured 100");
        Episode next = PLANNER.after(firstStepDue(), PLAYBOOK, sent);
        assertEquals(1, next.nextStep());
        assertEquals(SLEEP_DAY.plusDays(7), next.dueOn());
    }

    @Test
    void theBonusTheMessageNamedIsOwedEvenWhenTheChainInForceNoLongerOffersOne() {
        // A configuration published between the step and its retry: the step offers no bonus any more.
        ChainStep withoutBonus = PLAYBOOK.step(2);
        assertEquals(null, withoutBonus.bonus());

        assertEquals(Optional.of(new BigDecimal("80.00")), StepPlanner.bonusOwed(withoutBonus, sent));
        assertEquals(Optional.empty(), StepPlanner.bonusOwed(withoutBonus, sent.withBonusAmount(null)),
                "a touch that recorded no amount owes what the step offers: nothing");
    }

    @Test
    void aTouchClaimedBeforeIsSentWithoutTheBonusTheChainInForceNoLongerOffers() {
        Instant claimedAt = onTheSleepDayAt("10:00").plusSeconds(14 * 24 * 3600);
        Touch claimed = new Touch("C-1", "fell_asleep-2026-11-06", 2, TouchStatus.CLAIMED, Channel.SMS, claimedAt,
                new BigDecimal("80.00"), BonusValidity.until(claimedAt, 7, MOSCOW), BonusValidity.until(claimedAt, 7,
                MOSCOW), null, null, null);

        StepDecision decision = PLANNER.decide(facts(episode(PLAYBOOK, 2, SLEEP_DAY.plusDays(14), false), PLAYBOOK,
                annaWithSmsConsent(), List.of(claimed), claimedAt.plusSeconds(60)));

        Touch taken = switch (decision) {
            case StepDecision.Take take -> take.touch();
            default -> throw new AssertionError("taken, not " + decision);
        };
        assertEquals(null, taken.bonusAmount(), "the step in force offers none: the touch records none");
    }

    @Test
    void skippedFailedAndHoldoutTouchesOweNoBonus() {
        for (TouchStatus status : List.of(TouchStatus.SKIPPED, TouchStatus.FAILED, TouchStatus.HOLDOUT)) {
            assertEquals(Optional.empty(), StepPlanner.bonusOwed(PLAYBOOK.step(0), sent.with(status, null, null)),
                    status.wireName());
        }
    }

    @Test
    void afterTheLastStepTheEpisodeWaitsForTheDayAfterItsWindowCloses() {
        Instant calledAt = onTheSleepDayAt("10:00").plusSeconds(14 * 24 * 3600);
        Touch callTask = new Touch("C-1", "fell_asleep-2026-11-06", 2, TouchStatus.CALL_TASK, null, calledAt, null,
                null, BonusValidity.until(calledAt, 7, MOSCOW), null, null, null);

        Episode next = PLANNER.after(episode(PLAYBOOK, 2, SLEEP_DAY.plusDays(14), false), PLAYBOOK, callTask);

        assertEquals(3, next.nextStep());
        assertEquals(LocalDate.parse("2026-11-27"), next.dueOn());
    }
}
