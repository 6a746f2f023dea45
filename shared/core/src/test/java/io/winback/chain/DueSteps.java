package io.winback.chain;

import io.winback.consent.Consent;
import io.winback.domain.Customer;
import io.winback.domain.PurchaseBand;
import io.winback.domain.SaleCustomer;
import io.winback.domain.Sales;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Test data for deciding a due step, in the shop's words: Anna bought once on the 1st of September 2026 and fell
 * asleep on the 6th of November; her episode follows the reference playbook (SMS then email with 100, then 180,
 * then a call); Moscow quiet hours 21:00-09:00, at most 2 touches in 7 days.
 */
final class DueSteps {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final StepPlanner PLANNER = new StepPlanner(new StepRules(
            new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0), MOSCOW), new FrequencyCap(2, Duration.ofDays(7))),
            MOSCOW);
    static final Chain PLAYBOOK = new Chain("sleep-1", new Trigger.FellAsleep(), PurchaseBand.ONE, Playbook.steps());
    static final LocalDate SLEEP_DAY = LocalDate.parse("2026-11-06");
    static final String PHONE = "+79161234567";
    static final String EMAIL = "anna@example.com";

    private DueSteps() {
    }

    /** Anna, with the phone and email given (null: none) and these consents (null: never said). */
    static Customer anna(String phone, String email, Boolean sms, Boolean emailConsent) {
        var sale = Sales.withCustomer(Sales.sale("s1", "C-1", "2026-09-01T12:00:00+03:00", "900"),
                new SaleCustomer("C-1", phone, email, null, "Анна", null, null, null, new Consent(sms, emailConsent)));
        return Customer.firstSeen("C-1").apply(sale, Instant.parse("2026-09-01T09:00:00Z"), MOSCOW);
    }

    /** Anna with a phone and a yes to SMS. */
    static Customer annaWithSmsConsent() {
        return anna(PHONE, null, true, null);
    }

    /** Her episode of {@code chain}, with step {@code nextStep} due on {@code dueOn}. */
    static Episode episode(Chain chain, int nextStep, LocalDate dueOn, boolean holdout) {
        return new Episode("C-1", "fell_asleep-2026-11-06", chain.id(), 0, PurchaseBand.ONE, holdout,
                Instant.parse("2026-11-06T07:00:00Z"), Instant.parse("2026-09-01T09:00:00Z"), EpisodeStatus.ACTIVE,
                nextStep, dueOn, null, null, null, null, 0);
    }

    /** The playbook's episode with its first step due on the sleep day. */
    static Episode firstStepDue() {
        return episode(PLAYBOOK, 0, SLEEP_DAY, false);
    }

    /** What the worker would read at {@code at} (its run and its clock alike): no receipt since, nothing paused. */
    static StepFacts facts(Episode episode, Chain chain, Customer customer, List<Touch> touches, Instant at) {
        return new StepFacts(episode, Optional.of(customer), chain, touches, Optional.empty(), true, Set.of(), at, at);
    }

    /** Moscow time on the sleep day, e.g. {@code "10:00"}. */
    static Instant onTheSleepDayAt(String time) {
        return SLEEP_DAY.atTime(LocalTime.parse(time)).atZone(MOSCOW).toInstant();
    }
}
