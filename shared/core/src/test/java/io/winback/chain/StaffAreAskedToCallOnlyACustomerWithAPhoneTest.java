package io.winback.chain;

import io.winback.domain.PurchaseBand;
import io.winback.tasks.CallTaskRule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.winback.chain.DueSteps.EMAIL;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The playbook's third step asks staff to call: a task is opened for a customer with a phone (consent to messages
 * is not needed for a call), and a customer without one is skipped for {@code no_phone}.
 */
class StaffAreAskedToCallOnlyACustomerWithAPhoneTest {
    private final Episode callDue = episode(PLAYBOOK, 2, SLEEP_DAY.plusDays(14), false);
    private final Instant then = onTheSleepDayAt("10:00").plusSeconds(14 * 24 * 3600);

    @Test
    void aCustomerWithAPhoneGetsACallTaskEvenWithoutConsentToMessages() {
        StepDecision decision = PLANNER.decide(facts(callDue, PLAYBOOK, anna(PHONE, null, false, null), List.of(),
                then));

        StepDecision.OpenCallTask call = assertInstanceOf(StepDecision.OpenCallTask.class, decision);
        assertTrue(call.claimFirst());
        assertEquals(2, call.touch().step());
        assertEquals(null, call.touch().channel());
    }

    @Test
    void aCustomerWithoutAPhoneIsSkippedForNoPhone() {
        StepDecision decision = PLANNER.decide(facts(callDue, PLAYBOOK, anna(null, EMAIL, null, true), List.of(),
                then));

        assertEquals("no_phone", assertInstanceOf(StepDecision.Skip.class, decision).reason());
    }

    @Test
    void aStepThatSendsAndCallsOpensTheTaskBesideTheSms() {
        ChainStep smsAndCall = new ChainStep(0, new BonusOffer(new BigDecimal("100"), 7),
                PLAYBOOK.step(0).messages(), PLAYBOOK.step(0).channels(), new CallTaskRule(2), 7);
        Chain chain = new Chain("sms-and-call", new Trigger.FellAsleep(), PurchaseBand.ONE, List.of(smsAndCall));

        StepDecision.Send send = (StepDecision.Send) PLANNER.decide(facts(episode(chain, 0, SLEEP_DAY, false), chain,
                annaWithSmsConsent(), List.of(), onTheSleepDayAt("10:00")));

        assertTrue(send.opensCallTask());
        assertEquals(Optional.of(new BigDecimal("100")), StepPlanner.bonusOwed(smsAndCall,
                send.touch().with(TouchStatus.CALL_TASK, null, null)));
    }
}
