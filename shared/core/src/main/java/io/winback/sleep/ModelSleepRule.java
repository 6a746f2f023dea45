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
 * ({@link BgNbd#sleepDay}), judged on the customer's distinct visit days as of their last visit, held between two
 * bounds: never sooner than half the playbook's wait for the band ({@link #floorDays}: most one-time buyers never come
 * back, so the model may find them "asleep" the day they bought, and a shop does not wake a customer it saw a month
 * ago), and never later than {@link #LATEST_DAYS} (four months of silence: everyone older is asleep by any rule, and
 * the threshold's volume is counted within them). And a rule that comes into force ({@code asOf}) does not move a
 * sleep day that was still to come into the past: where the model's day is before {@code asOf} and the playbook's
 * is not, the day is {@code asOf} (woken on the rule's first check, not written off as late).
 */
public record ModelSleepRule(BgNbd model, double threshold, int windowDays, SleepPolicy playbook, LocalDate asOf)
        implements SleepRule {
    /** The customers whose timing matters: those who bought within this many days (the backtest scores them). */
    public static final int RECENT_DAYS = 120;
    /** The latest the model wakes a customer, in days after the last visit: within {@link #RECENT_DAYS}. */
    public static final int LATEST_DAYS = RECENT_DAYS - 1;
    /** The card's "no purchase in the next 90 days" (pNoPurchase90d), whatever window the sleep day uses. */
    public static final int CARD_WINDOW_DAYS = 90;

    public static ModelSleepRule of(TimingInForce.Model inForce, SleepPolicy playbook) {
        return new ModelSleepRule(new BgNbd(inForce.r(), inForce.alpha(), inForce.a(), inForce.b()),
                inForce.threshold(), inForce.windowDays(), playbook, inForce.asOf());
    }

    @Override
    public LocalDate sleepAt(PurchaseBand band, CustomerStats stats) {
        LocalDate last = stats.lastVisitDay();
        if (band == null || last == null) {
            return null;
        }
        OptionalInt day = model.sleepDay(PurchaseHistory.asOf(stats.visitDays(), last, 1.0), threshold,
                windowDays, LATEST_DAYS);
        LocalDate sleepAt = last.plusDays(held(day.orElse(LATEST_DAYS), floorDays(band)));
        if (asOf != null && sleepAt.isBefore(asOf) && !playbook.sleepAt(band, last).isBefore(asOf)) {
            return asOf;
        }
        return sleepAt;
    }

    /** The model's day {@code modelDay} held to the floor and to {@link #LATEST_DAYS}. */
    public static int held(int modelDay, int floorDays) {
        return Math.min(LATEST_DAYS, Math.max(floorDays, modelDay));
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
