package io.winback.chain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.winback.chain.DueSteps.PHONE;
import static io.winback.chain.DueSteps.PLANNER;
import static io.winback.chain.DueSteps.PLAYBOOK;
import static io.winback.chain.DueSteps.anna;
import static io.winback.chain.DueSteps.facts;
import static io.winback.chain.DueSteps.firstStepDue;
import static io.winback.chain.DueSteps.onTheSleepDayAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Consent is an explicit yes: a customer with a phone who never said yes, or one with no contact at all, gets
 * nothing on that step (the first channel's reason is recorded) and no bonus; the chain goes on.
 */
class ACustomerWhoNeverSaidYesIsSkippedAndGetsNoBonusTest {

    private StepDecision.Skip decideFor(io.winback.domain.Customer customer) {
        return (StepDecision.Skip) PLANNER.decide(facts(firstStepDue(), PLAYBOOK, customer, List.of(),
                onTheSleepDayAt("10:00")));
    }

    @Test
    void aPhoneWithoutAYesIsSkippedForNoConsent() {
        StepDecision.Skip skip = decideFor(anna(PHONE, null, null, null));

        assertEquals("no_consent", skip.reason());
        assertEquals(Optional.empty(), StepPlanner.bonusOwed(PLAYBOOK.step(0),
                skip.touch().with(TouchStatus.SKIPPED, null, skip.reason())));
    }

    @Test
    void aCustomerWithNoContactIsSkippedForNoContact() {
        assertEquals("no_contact", decideFor(anna(null, null, true, true)).reason());
    }

    @Test
    void aWithdrawnYesIsNoYes() {
        var withdrawn = anna(PHONE, null, true, null);
        withdrawn = withdrawn.withProfile(withdrawn.profile().withStatedConsent(false, null,
                onTheSleepDayAt("08:00")));

        assertEquals("no_consent", decideFor(withdrawn).reason());
    }
}
