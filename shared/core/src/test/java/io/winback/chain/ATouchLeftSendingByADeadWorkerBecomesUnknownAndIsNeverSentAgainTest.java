package io.winback.chain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.winback.chain.DueSteps.MOSCOW;
import static io.winback.chain.DueSteps.PLANNER;
import static io.winback.chain.DueSteps.PLAYBOOK;
import static io.winback.chain.DueSteps.annaWithSmsConsent;
import static io.winback.chain.DueSteps.facts;
import static io.winback.chain.DueSteps.firstStepDue;
import static io.winback.chain.DueSteps.onTheSleepDayAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A touch is sent at most once: one found {@code sending} belongs to a worker in the provider call (leave it), or,
 * older than any worker lives, to one that died there: maybe sent, so it becomes {@code unknown} and its bonus is
 * still owed.
 */
class ATouchLeftSendingByADeadWorkerBecomesUnknownAndIsNeverSentAgainTest {
    private final Instant claimedAt = onTheSleepDayAt("10:00");
    private final Touch sending = new Touch("C-1", "fell_asleep-2026-11-06", 0, TouchStatus.SENDING, Channel.SMS,
            claimedAt, new BigDecimal("100"), BonusValidity.until(claimedAt, 7, MOSCOW),
            BonusValidity.until(claimedAt, 7, MOSCOW), null, null, claimedAt);

    @Test
    void aTouchSendingForAMinuteBelongsToAWorkerStillAtIt() {
        StepDecision decision = PLANNER.decide(facts(firstStepDue(), PLAYBOOK, annaWithSmsConsent(),
                List.of(sending), claimedAt.plus(Duration.ofMinutes(1))));

        assertInstanceOf(StepDecision.BeingSent.class, decision);
    }

    @Test
    void aTouchSendingForLongerThanAWorkerLivesIsUnknownAndItsBonusStillOwed() {
        Instant later = claimedAt.plus(StepPlanner.STALE_SENDING).plusSeconds(1);

        StepDecision decision = PLANNER.decide(facts(firstStepDue(), PLAYBOOK, annaWithSmsConsent(),
                List.of(sending), later));

        Touch unknown = ((StepDecision.Interrupted) decision).touch();
        assertEquals(TouchStatus.UNKNOWN, unknown.status());
        assertEquals("interrupted_while_sending", unknown.reason());
        assertEquals(sending.id(), unknown.id());
        assertEquals(Optional.of(new BigDecimal("100")), StepPlanner.bonusOwed(PLAYBOOK.step(0), unknown));
    }
}
