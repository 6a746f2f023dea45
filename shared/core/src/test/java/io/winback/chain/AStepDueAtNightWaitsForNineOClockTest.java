package io.winback.chain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.winback.chain.DueSteps.PLANNER;
import static io.winback.chain.DueSteps.PLAYBOOK;
import static io.winback.chain.DueSteps.annaWithSmsConsent;
import static io.winback.chain.DueSteps.facts;
import static io.winback.chain.DueSteps.firstStepDue;
import static io.winback.chain.DueSteps.onTheSleepDayAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A step due while the shop's customers sleep is put off, never dropped, and counted on the episode. */
class AStepDueAtNightWaitsForNineOClockTest {

    @Test
    void anSmsDecidedAtElevenAtNightWaitsForNineTheNextMorning() {
        StepDecision decision = PLANNER.decide(facts(firstStepDue(), PLAYBOOK, annaWithSmsConsent(), List.of(),
                onTheSleepDayAt("23:00")));

        Instant nineNextMorning = onTheSleepDayAt("09:00").plusSeconds(24 * 3600);
        assertEquals(new StepDecision.Defer(LocalDate.parse("2026-11-07"), nineNextMorning, "quiet_hours"), decision);
        Episode deferred = ((StepDecision.Defer) decision).applyTo(firstStepDue());
        assertEquals(LocalDate.parse("2026-11-07"), deferred.dueOn());
        assertEquals(nineNextMorning, deferred.notBefore());
        assertEquals(1, deferred.deferrals().of(0).get("quiet_hours"));
    }

    @Test
    void aBackfilledRunIsJudgedByTheHourTheMessageWouldLeave() {
        // The run belongs to 10:00, but the worker takes it at 22:30: the phone would ring at 22:30.
        Instant run = onTheSleepDayAt("10:00");
        var facts = new StepFacts(firstStepDue(), Optional.of(annaWithSmsConsent()), PLAYBOOK, List.of(),
                Optional.empty(), true, Set.of(), run, onTheSleepDayAt("22:30"));

        assertEquals("quiet_hours", ((StepDecision.Defer) PLANNER.decide(facts)).reason());
    }

    @Test
    void aThirdMessageInAWeekWaitsForTheOldestToLeaveTheWindow() {
        Instant twoDaysAgo = onTheSleepDayAt("10:00").minusSeconds(2 * 24 * 3600);
        Instant yesterday = onTheSleepDayAt("10:00").minusSeconds(24 * 3600);
        List<Touch> twoThisWeek = List.of(
                new Touch("C-1", "other-chain", 0, TouchStatus.SENT, Channel.SMS, twoDaysAgo, null, null, null,
                        "m1", null, null),
                new Touch("C-1", "other-chain", 1, TouchStatus.UNKNOWN, Channel.SMS, yesterday, null, null, null,
                        null, null, null));

        StepDecision decision = PLANNER.decide(facts(firstStepDue(), PLAYBOOK, annaWithSmsConsent(), twoThisWeek,
                onTheSleepDayAt("10:00")));

        Instant oldestLeaves = twoDaysAgo.plusSeconds(7 * 24 * 3600);
        assertEquals(new StepDecision.Defer(LocalDate.parse("2026-11-11"), oldestLeaves, "frequency_cap"), decision);
    }

    @Test
    void aPausedChannelPutsTheStepOffToTomorrowWhetherKnownBeforeOrLearntWhileSending() {
        Instant at = onTheSleepDayAt("10:00");
        var pausedSms = new StepFacts(firstStepDue(), Optional.of(annaWithSmsConsent()), PLAYBOOK,
                List.of(), Optional.empty(), true, Set.of(Channel.SMS), at, at);

        assertEquals(new StepDecision.Defer(LocalDate.parse("2026-11-07"), at.plusSeconds(24 * 3600),
                "channel_paused"), PLANNER.decide(pausedSms));
        assertEquals(new StepDecision.Defer(LocalDate.parse("2026-11-07"), null, "channel_paused"),
                PLANNER.pausedWhileSending(at), "learnt from the provider: any time tomorrow");
    }
}
