package io.winback.tasks;

import io.winback.tasks.CallTask;
import io.winback.tasks.CallTaskRule;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.domain.Customer;
import io.winback.domain.CustomerRefs;
import io.winback.domain.PurchaseBand;
import io.winback.domain.PurchaseBandPolicy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The call task a step opens: what staff see about the customer before they dial. */
public final class CallTaskCard {
    private static final DateTimeFormatter RUSSIAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private CallTaskCard() {
    }

    /** @param language the customer's language ({@code ru} or {@code en}): the words staff say on the phone */
    public static CallTask of(CustomerRefs refs, Customer customer, String language, String store, Touch touch,
                       CallTaskRule rule,
                       List<Touch> touches, PurchaseBandPolicy bands) {
        PurchaseBand band = customer.band(bands);
        int touchesSoFar = (int) touches.stream()
                .filter(t -> t.status() == TouchStatus.SENT || t.status() == TouchStatus.UNKNOWN).count();
        return new CallTask(CallTask.idOf(refs, customer.key(), touch.id()), customer.key(), store, customer.profile().name(),
                customer.profile().phone(), band == null ? null : band.label(), customer.stats().lastVisitDay(),
                customer.stats().averageCheck(), touchesSoFar, reason(customer.stats().lastVisitDay(), language),
                touch.at(), touch.at().plus(Duration.ofDays(rule.deadlineDays())), CallTask.OPEN, null, null, null,
                customer.stats().netSpent(), rule.scriptIn(language));
    }

    /** Why staff call, as they would say it: «Не приходит с 15.09.2026» / "Not back since 15 Sep 2026". */
    public static String reason(LocalDate lastVisit, String language) {
        boolean english = "en".equals(language);
        if (lastVisit == null) {
            return english ? "Has not been back" : "Давно не приходит";
        }
        return english ? "Not back since " + ENGLISH_DAY.format(lastVisit)
                : "Не приходит с " + RUSSIAN_DAY.format(lastVisit);
    }
}
