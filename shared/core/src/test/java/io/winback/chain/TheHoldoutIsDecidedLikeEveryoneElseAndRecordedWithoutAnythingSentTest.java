package io.winback.chain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.winback.chain.DueSteps.PHONE;
import static io.winback.chain.DueSteps.PLANNER;
import static io.winback.chain.DueSteps.PLAYBOOK;
import static io.winback.chain.DueSteps.SLEEP_DAY;
import static io.winback.chain.DueSteps.anna;
import static io.winback.chain.DueSteps.annaWithSmsConsent;
import static io.winback.chain.DueSteps.episode;
import static io.winback.chain.DueSteps.facts;
import static io.winback.chain.DueSteps.onTheSleepDayAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A holdout customer's step is decided exactly as anyone's (the channel she would get, quiet hours, the cap) and
 * recorded on that channel, so the groups compare; nothing is sent, opened or granted.
 */
class TheHoldoutIsDecidedLikeEveryoneElseAndRecordedWithoutAnythingSentTest {
    private final Episode holdout = episode(PLAYBOOK, 0, SLEEP_DAY, true);

    @Test
    void aHoldoutStepIsRecordedOnTheChannelSheWouldHaveGot() {
        Instant at = onTheSleepDayAt("10:00");

        StepDecision.Holdout recorded = (StepDecision.Holdout) PLANNER.decide(facts(holdout, PLAYBOOK,
                annaWithSmsConsent(), List.of(), at));

        assertEquals(Channel.SMS, recorded.touch().channel());
        assertEquals(null, recorded.reason());
        assertEquals(Optional.empty(), StepPlanner.bonusOwed(PLAYBOOK.step(0),
                recorded.touch().with(TouchStatus.HOLDOUT, null, null)));
    }

    @Test
    void aHoldoutStepWithoutConsentIsRecordedWithTheReasonAndAtNightItWaitsLikeAnyOther() {
        assertEquals("no_consent", ((StepDecision.Holdout) PLANNER.decide(facts(holdout, PLAYBOOK,
                anna(PHONE, null, null, null), List.of(), onTheSleepDayAt("10:00")))).reason());
        assertInstanceOf(StepDecision.Defer.class, PLANNER.decide(facts(holdout, PLAYBOOK, annaWithSmsConsent(),
                List.of(), onTheSleepDayAt("22:00"))));
    }
}
