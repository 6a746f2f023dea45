package io.winback.chain;

import io.winback.domain.Customer;
import io.winback.domain.CustomerStatus;
import io.winback.domain.Sale;
import io.winback.domain.Sales;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.winback.chain.DueSteps.MOSCOW;
import static io.winback.chain.DueSteps.PLANNER;
import static io.winback.chain.DueSteps.PLAYBOOK;
import static io.winback.chain.DueSteps.SLEEP_DAY;
import static io.winback.chain.DueSteps.annaWithSmsConsent;
import static io.winback.chain.DueSteps.episode;
import static io.winback.chain.DueSteps.facts;
import static io.winback.chain.DueSteps.onTheSleepDayAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An episode ends when its customer is back, archived or gone, or when its chain ran out: before anything else is
 * looked at, so nothing goes to a customer who bought.
 */
class APurchaseSinceTheEpisodeBeganEndsItBeforeAnythingElseTest {
    private final Instant smsSentAt = onTheSleepDayAt("10:00");
    private final Touch firstSms = new Touch("C-1", "fell_asleep-2026-11-06", 0, TouchStatus.SENT, Channel.SMS,
            smsSentAt, new java.math.BigDecimal("100"), BonusValidity.until(smsSentAt, 7, MOSCOW),
            BonusValidity.until(smsSentAt, 7, MOSCOW), "m1", null, null);
    private final Episode secondStepDue = episode(PLAYBOOK, 1, SLEEP_DAY.plusDays(7), false);
    private final Instant aWeekLater = onTheSleepDayAt("10:00").plusSeconds(7 * 24 * 3600);

    private StepFacts withReceipt(Customer customer, Optional<Sale> firstPurchaseSince) {
        return new StepFacts(secondStepDue, Optional.of(customer), PLAYBOOK, List.of(firstSms), firstPurchaseSince,
                true, Set.of(), aWeekLater, aWeekLater);
    }

    @Test
    void aPurchaseWithinTheBonusWindowConvertsTheEpisodeThroughTheSms() {
        Sale bought = Sales.sale("s2", "C-1", "2026-11-09T18:00:00+03:00", "700");

        StepDecision decision = PLANNER.decide(withReceipt(annaWithSmsConsent(), Optional.of(bought)));

        StepDecision.End end = (StepDecision.End) decision;
        assertEquals(EpisodeStatus.CONVERTED, end.status());
        assertEquals("purchase", end.reason());
        assertEquals(firstSms.id(), end.conversion().touchId());
    }

    @Test
    void aPurchaseAfterTheWindowClosedEndsItWithoutConversion() {
        Sale late = Sales.sale("s2", "C-1", "2026-11-13T10:00:00+03:00", "700");

        assertEquals(new StepDecision.End(EpisodeStatus.EXITED, "purchase_outside_window", null),
                PLANNER.decide(withReceipt(annaWithSmsConsent(), Optional.of(late))));
    }

    @Test
    void aPurchaseTheStatsSawButTheHistoryDoesNotShowYetEndsItWithoutConversion() {
        Customer boughtPerStats = annaWithSmsConsent().apply(Sales.sale("s2", "C-1", "2026-11-09T18:00:00+03:00",
                "700"), Instant.parse("2026-11-09T15:00:00Z"), MOSCOW);

        assertEquals(new StepDecision.End(EpisodeStatus.EXITED, "purchase", null),
                PLANNER.decide(withReceipt(boughtPerStats, Optional.empty())));
    }

    @Test
    void anArchivedCustomerLeavesTheChain() {
        Customer archived = annaWithSmsConsent().withStatus(CustomerStatus.ARCHIVE);

        assertEquals(new StepDecision.End(EpisodeStatus.EXITED, "archived", null),
                PLANNER.decide(withReceipt(archived, Optional.empty())));
    }

    @Test
    void aCustomerNoLongerStoredLeavesTheChain() {
        assertEquals(new StepDecision.End(EpisodeStatus.EXITED, "customer_gone", null),
                PLANNER.decide(StepFacts.customerGone(secondStepDue, aWeekLater, aWeekLater)));
    }

    @Test
    void afterTheLastStepTheEpisodeCompletesWithoutAPurchase() {
        Episode allTaken = episode(PLAYBOOK, PLAYBOOK.steps().size(), SLEEP_DAY.plusDays(20), false);
        Instant then = onTheSleepDayAt("10:00").plusSeconds(20 * 24 * 3600);

        StepDecision decision = PLANNER.decide(facts(allTaken, PLAYBOOK, annaWithSmsConsent(), List.of(), then));

        assertEquals(new StepDecision.End(EpisodeStatus.COMPLETED, "no_purchase", null), decision);
        assertEquals(EpisodeStatus.COMPLETED, ((StepDecision.End) decision).applyTo(allTaken).status());
    }
}
