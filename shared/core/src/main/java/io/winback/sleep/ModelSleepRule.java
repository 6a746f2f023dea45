package io.winback.sleep;

import io.winback.domain.CustomerStats;
import io.winback.domain.PurchaseBand;
import io.winback.domain.SleepPolicy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

/**
 * The sleep day from the shop's BG/NBD model (in days): the last visit day plus the first day on which, if the
 * customer is still silent, the chance of no purchase in the next {@code windowDays} reaches {@code threshold}
 * ({@link BgNbd#sleepDay}), judged on the customer's distinct visit days as of their last visit. Never sooner than
 * half the playbook's wait for the band ({@link #floorDays}): most one-time buyers never come back, so the model may
 * find them "asleep" the day they bought, and a shop does not wake a customer it saw a month ago. When the model does
 * not reach the threshold within {@link #MAX_DAYS} (a frequent buyer the model trusts to come back), the playbook's
 * day for the band. The playbook is the floor both ways.
 */
public record ModelSleepRule(BgNbd model, double threshold, int windowDays, SleepPolicy playbook)
        implements SleepRule {
    /** How far after the last visit the model's day is looked for before the playbook's is taken. */
    public static final int MAX_DAYS = 365;
    /** The card's "no purchase in the next 90 days" (pNoPurchase90d), whatever window the sleep day uses. */
    public static final int CARD_WINDOW_DAYS = 90;

    public static ModelSleepRule of(TimingInForce.Model inForce, SleepPolicy playbook) {
        return new ModelSleepRule(new BgNbd(inForce.r(), inForce.alpha(), inForce.a(), inForce.b()),
                inForce.threshold(), inForce.windowDays(), playbook);
    }

    @Override
    public LocalDate sleepAt(PurchaseBand band, CustomerStats stats) {
        LocalDate last = stats.lastVisitDay();
        if (band == null || last == null) {
            return null;
        }
        OptionalInt day = model.sleepDay(PurchaseHistory.asOf(stats.visitDays(), last, 1.0), threshold,
                windowDays, MAX_DAYS);
        return day.isPresent() ? last.plusDays(Math.max(floorDays(band), day.getAsInt())) : playbook.sleepAt(band, last);
    }

    /** The soonest the model may wake a customer of {@code band}: half the playbook's days (33, 40, 45 by default). */
    public int floorDays(PurchaseBand band) {
        return floorDays(playbook.daysFor(band));
    }

    /** The floor for a band the playbook wakes after {@code playbookDays}: half of it, a day at least. */
    public static int floorDays(int playbookDays) {
        return Math.max(1, playbookDays / 2);
    }

    /**
     * The probabilities as of {@code today} (the last visit day if today is before it). The expected next purchase:
     * the last visit plus the mean gap between purchases of a customer still alive, 1 / E[λ], with λ's posterior
     * Gamma(r+x, α+T) as of the last visit, i.e. (α+T)/(r+x) days, rounded to a whole day. It moves only with a
     * purchase or a refit, like the sleep day.
     */
    @Override
    public CardTiming timing(PurchaseBand band, CustomerStats stats, LocalDate today) {
        LocalDate last = stats.lastVisitDay();
        if (last == null) {
            return new CardTiming("bgnbd", null, null, null, null, null);
        }
        LocalDate asOf = today.isBefore(last) ? last : today;
        PurchaseHistory atLastVisit = PurchaseHistory.asOf(stats.visitDays(), last, 1.0);
        PurchaseHistory now = atLastVisit.withSilence(ChronoUnit.DAYS.between(last, asOf));
        long gap = Math.round((model.alpha() + atLastVisit.age()) / (model.r() + atLastVisit.repeatPurchases()));
        return new CardTiming("bgnbd", asOf, model.pNoPurchase(now, CARD_WINDOW_DAYS), model.pAlive(now),
                last.plusDays(gap), sleepAt(band, stats));
    }
}
