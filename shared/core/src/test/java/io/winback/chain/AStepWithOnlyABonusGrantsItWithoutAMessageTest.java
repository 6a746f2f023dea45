package io.winback.chain;

import io.winback.domain.PurchaseBand;
import io.winback.tasks.CallTaskRule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.winback.chain.DueSteps.EMAIL;
import static io.winback.chain.DueSteps.PLANNER;
import static io.winback.chain.DueSteps.SLEEP_DAY;
import static io.winback.chain.DueSteps.anna;
import static io.winback.chain.DueSteps.annaWithSmsConsent;
import static io.winback.chain.DueSteps.episode;
import static io.winback.chain.DueSteps.facts;
import static io.winback.chain.DueSteps.onTheSleepDayAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A step configured with a bonus and no channel grants the bonus silently (the customer sees it at the till); one
 * that also asked for a call grants it to a customer without a phone too, and says why no task was opened.
 */
class AStepWithOnlyABonusGrantsItWithoutAMessageTest {
    private static Chain chainOf(ChainStep step) {
        return new Chain("bonus-only", new Trigger.FellAsleep(), PurchaseBand.ONE, List.of(step));
    }

    @Test
    void aBonusWithoutChannelIsGrantedWithoutAMessage() {
        Chain chain = chainOf(new ChainStep(0, new BonusOffer(new BigDecimal("50"), 14), Map.of(), List.of(), null, 7));

        StepDecision decision = PLANNER.decide(facts(episode(chain, 0, SLEEP_DAY, false), chain,
                annaWithSmsConsent(), List.of(), onTheSleepDayAt("10:00")));

        StepDecision.GrantBonusOnly bonusOnly = (StepDecision.GrantBonusOnly) decision;
        assertNull(bonusOnly.reason());
        assertNull(bonusOnly.touch().channel());
        assertEquals(new BigDecimal("50"), bonusOnly.touch().bonusAmount());
        assertEquals(Optional.of(new BigDecimal("50")), StepPlanner.bonusOwed(chain.step(0),
                bonusOnly.touch().with(TouchStatus.BONUS_ONLY, null, null)));
    }

    @Test
    void aBonusWithACallForACustomerWithoutAPhoneIsGrantedAndSaysNoPhone() {
        Chain chain = chainOf(new ChainStep(0, new BonusOffer(new BigDecimal("50"), 14), Map.of(), List.of(),
                new CallTaskRule(2), 7));

        StepDecision decision = PLANNER.decide(facts(episode(chain, 0, SLEEP_DAY, false), chain,
                anna(null, EMAIL, null, true), List.of(), onTheSleepDayAt("10:00")));

        assertEquals("no_phone", ((StepDecision.GrantBonusOnly) decision).reason());
    }
}
