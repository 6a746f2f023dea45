package io.winback.timing;

import io.winback.sleep.CustomerVisitDays;
import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A model needs repeat buyers: below 300 of them the playbook stays, nothing is fitted, and the reason is given. */
class AShopOfFiftyCustomersKeepsThePlaybookAndSaysWhyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");

    @Test
    void fiftyCustomersAreTooFewForAModel() {
        List<CustomerVisitDays> shop = SyntheticShopVisits.of(50, DAY, 1);

        TimingReport report = new TimingDecision(PlaybookSleep.DEFAULT).decide(shop, DAY, NOW);

        var playbook = assertInstanceOf(TimingInForce.Playbook.class, report.inForce());
        assertEquals(TimingInForce.PlaybookReason.TOO_FEW_CUSTOMERS, playbook.reason());
        assertEquals(DAY, playbook.asOf());
        assertEquals(50, report.customers());
        assertTrue(report.repeatCustomers() > 0 && report.repeatCustomers() < 50, report.toString());
        assertNull(report.fit());
        assertTrue(report.cutoffs().isEmpty());
    }

    @Test
    void enoughRepeatBuyersButUnderAYearOfHistoryKeepThePlaybookForLackOfHistory() {
        LocalDate opened = DAY.minusDays(200);
        List<CustomerVisitDays> young = SyntheticShopVisits.of(3_000, DAY, 2).stream()
                .map(c -> new CustomerVisitDays(c.key(), java.util.Arrays.stream(c.epochDays())
                        .filter(d -> d >= opened.toEpochDay()).toArray(), false))
                .filter(c -> c.epochDays().length > 0).toList();

        TimingReport report = new TimingDecision(PlaybookSleep.DEFAULT).decide(young, DAY, NOW);

        assertTrue(report.repeatCustomers() >= TimingDecision.MIN_REPEAT_CUSTOMERS, report.toString());
        var playbook = assertInstanceOf(TimingInForce.Playbook.class, report.inForce());
        assertEquals(TimingInForce.PlaybookReason.TOO_LITTLE_HISTORY, playbook.reason());
        assertTrue(report.fit() != null && report.fit().converged());
    }
}
