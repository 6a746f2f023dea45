package io.winback.chain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.winback.chain.DueSteps.PLANNER;
import static io.winback.chain.DueSteps.PLAYBOOK;
import static io.winback.chain.DueSteps.SLEEP_DAY;
import static io.winback.chain.DueSteps.annaWithSmsConsent;
import static io.winback.chain.DueSteps.episode;
import static io.winback.chain.DueSteps.facts;
import static io.winback.chain.DueSteps.onTheSleepDayAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An episode is only touched on its day, and within it not before the hour it was put off to. */
class AnEpisodeDueTomorrowDoesNothingTodayTest {

    @Test
    void theStepOfTomorrowIsNotDueToday() {
        Episode tomorrow = episode(PLAYBOOK, 1, SLEEP_DAY.plusDays(1), false);

        assertInstanceOf(StepDecision.NotDue.class,
                PLANNER.decide(facts(tomorrow, PLAYBOOK, annaWithSmsConsent(), List.of(), onTheSleepDayAt("12:00"))));
        assertFalse(PLANNER.isDue(tomorrow, onTheSleepDayAt("23:59"), onTheSleepDayAt("23:59")));
        assertTrue(PLANNER.isDue(tomorrow, onTheSleepDayAt("00:00").plusSeconds(24 * 3600),
                onTheSleepDayAt("00:00").plusSeconds(24 * 3600)));
    }

    @Test
    void aStepPutOffToNineIsNotDueAtEightButIsAtNine() {
        Episode putOff = episode(PLAYBOOK, 0, SLEEP_DAY, false)
                .deferred(SLEEP_DAY, onTheSleepDayAt("09:00"), "quiet_hours");

        assertInstanceOf(StepDecision.NotDue.class,
                PLANNER.decide(facts(putOff, PLAYBOOK, annaWithSmsConsent(), List.of(), onTheSleepDayAt("08:00"))));
        assertInstanceOf(StepDecision.Send.class,
                PLANNER.decide(facts(putOff, PLAYBOOK, annaWithSmsConsent(), List.of(), onTheSleepDayAt("09:00"))));
    }

    @Test
    void anEpisodeWithNoDayIsNeverDue() {
        Episode noDay = episode(PLAYBOOK, 0, null, false);

        assertFalse(PLANNER.isDue(noDay, onTheSleepDayAt("12:00"), onTheSleepDayAt("12:00")));
        assertEquals(new StepDecision.NotDue(),
                PLANNER.decide(facts(noDay, PLAYBOOK, annaWithSmsConsent(), List.of(), onTheSleepDayAt("12:00"))));
    }
}
