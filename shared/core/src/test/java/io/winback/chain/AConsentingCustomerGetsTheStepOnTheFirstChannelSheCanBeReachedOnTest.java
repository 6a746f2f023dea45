package io.winback.chain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.winback.chain.DueSteps.EMAIL;
import static io.winback.chain.DueSteps.MOSCOW;
import static io.winback.chain.DueSteps.PHONE;
import static io.winback.chain.DueSteps.PLANNER;
import static io.winback.chain.DueSteps.PLAYBOOK;
import static io.winback.chain.DueSteps.anna;
import static io.winback.chain.DueSteps.annaWithSmsConsent;
import static io.winback.chain.DueSteps.facts;
import static io.winback.chain.DueSteps.firstStepDue;
import static io.winback.chain.DueSteps.onTheSleepDayAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The playbook's first step goes by SMS to a customer who said yes to SMS, by email to one who said yes only to
 * email (when Winback has a sender for it), with the step's bonus of 100 valid until 23:59 of the 7th day; a touch
 * an earlier attempt claimed is sent as claimed.
 */
class AConsentingCustomerGetsTheStepOnTheFirstChannelSheCanBeReachedOnTest {
    private final Instant at = onTheSleepDayAt("10:00");

    @Test
    void anSmsWithTheBonusOfTheStepIsClaimedAndSent() {
        StepDecision decision = PLANNER.decide(facts(firstStepDue(), PLAYBOOK, annaWithSmsConsent(), List.of(), at));

        StepDecision.Send send = (StepDecision.Send) decision;
        assertEquals(Channel.SMS, send.channel());
        assertTrue(send.claimFirst());
        assertFalse(send.opensCallTask());
        assertEquals(new Touch("C-1", "fell_asleep-2026-11-06", 0, TouchStatus.CLAIMED, Channel.SMS, at,
                new BigDecimal("100"), BonusValidity.until(at, 7, MOSCOW), BonusValidity.until(at, 7, MOSCOW), null,
                null, null), send.touch());
        assertEquals(Instant.parse("2026-11-12T20:59:00Z"), send.touch().bonusUntil(), "23:59 Moscow on the 12th");
    }

    @Test
    void aYesToEmailOnlyGoesByEmailUnlessThereIsNoSender() {
        var emailOnly = anna(PHONE, EMAIL, null, true);

        assertEquals(Channel.EMAIL, ((StepDecision.Send) PLANNER.decide(facts(firstStepDue(), PLAYBOOK, emailOnly,
                List.of(), at))).channel());
        var noSender = new StepFacts(firstStepDue(), Optional.of(emailOnly), PLAYBOOK, List.of(), Optional.empty(),
                false, Set.of(), at, at);
        assertEquals("no_consent", ((StepDecision.Skip) PLANNER.decide(noSender)).reason(),
                "without a sender for email, the first channel's reason (SMS: no yes) is why nothing goes");
    }

    @Test
    void aTouchClaimedByAnEarlierAttemptIsSentAsClaimed() {
        Instant claimedAt = at.minusSeconds(30);
        Touch claimed = new Touch("C-1", "fell_asleep-2026-11-06", 0, TouchStatus.CLAIMED, Channel.SMS, claimedAt,
                new BigDecimal("80.00"), BonusValidity.until(claimedAt, 7, MOSCOW),
                BonusValidity.until(claimedAt, 7, MOSCOW), null, null, null);

        StepDecision.Send send = (StepDecision.Send) PLANNER.decide(facts(firstStepDue(), PLAYBOOK,
                annaWithSmsConsent(), List.of(claimed), at));

        assertFalse(send.claimFirst());
        assertEquals(claimed, send.touch());
    }

    @Test
    void whenTheSmsIsRefusedTheEmailIsNextAndThenNothing() {
        var both = anna(PHONE, EMAIL, true, true);
        Contacts contacts = Contacts.of(both, true);

        assertEquals(Channel.EMAIL, PLANNER.nextChannel(PLAYBOOK.step(0), contacts, Set.of(Channel.SMS), at));
        assertNull(PLANNER.nextChannel(PLAYBOOK.step(0), contacts, Set.of(Channel.SMS, Channel.EMAIL), at));
    }
}
