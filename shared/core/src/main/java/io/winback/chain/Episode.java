package io.winback.chain;

import io.winback.domain.PurchaseBand;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One customer's pass through one chain, started by one occasion ({@code id} = the occasion's id, so a retried start
 * finds it). It keeps the configuration version it started under.
 *
 * @param lastPurchaseBefore the customer's last purchase when the episode started: any later one ends it, even a
 *                  receipt an offline till sends after the start for a purchase made before it
 * @param nextStep  index of the step to take next; equal to the number of steps once all were taken and the
 *                  episode only waits for the last window to close
 * @param dueOn     the day the next step (or the closing) is due; the daily check picks the episode up from then
 * @param notBefore within that day, not before this instant (quiet hours, frequency cap); null: any time
 * @param deferrals how often each step was put off, by reason (the campaign report counts them)
 * @param version   optimistic concurrency: a save succeeds only over the version it read
 * @param figures   what a customer won back was worth when it started (the campaign report's net effect); null for
 *                  an episode started before they were recorded
 */
public record Episode(String customerKey, String id, String chainId, int configVersion, PurchaseBand band,
                      boolean holdout, Instant startedAt, Instant lastPurchaseBefore, EpisodeStatus status,
                      int nextStep, LocalDate dueOn, Instant notBefore, String endReason, Conversion conversion,
                      Deferrals deferrals, long version, StartFigures figures) {

    public Episode {
        deferrals = deferrals == null ? Deferrals.NONE : deferrals;
    }

    /** An episode without recorded start figures. */
    public Episode(String customerKey, String id, String chainId, int configVersion, PurchaseBand band, boolean holdout,
                   Instant startedAt, Instant lastPurchaseBefore, EpisodeStatus status, int nextStep, LocalDate dueOn,
                   Instant notBefore, String endReason, Conversion conversion, Deferrals deferrals, long version) {
        this(customerKey, id, chainId, configVersion, band, holdout, startedAt, lastPurchaseBefore, status, nextStep,
                dueOn, notBefore, endReason, conversion, deferrals, version, null);
    }

    /** Whether {@code lastPurchase}, the customer's latest, came after the episode's start, i.e. they bought. */
    public boolean endedByPurchaseAt(Instant lastPurchase) {
        return lastPurchase != null && (lastPurchaseBefore == null || lastPurchase.isAfter(lastPurchaseBefore));
    }

    public boolean isActive() {
        return status == EpisodeStatus.ACTIVE;
    }

    public Episode dueAt(int step, LocalDate day, Instant notBeforeInstant) {
        return new Episode(customerKey, id, chainId, configVersion, band, holdout, startedAt, lastPurchaseBefore,
                status, step, day, notBeforeInstant, endReason, conversion, deferrals, version, figures);
    }

    /** The due step put off until {@code until} (on {@code day}) for {@code reason}, and the deferral counted. */
    public Episode deferred(LocalDate day, Instant until, String reason) {
        return new Episode(customerKey, id, chainId, configVersion, band, holdout, startedAt, lastPurchaseBefore,
                status, nextStep, day, until, endReason, conversion, deferrals.plus(nextStep, reason), version,
                figures);
    }

    /** The same episode kept under another customer key (an erased customer's pseudonym). */
    public Episode forCustomer(String newCustomerKey) {
        return new Episode(newCustomerKey, id, chainId, configVersion, band, holdout, startedAt, lastPurchaseBefore,
                status, nextStep, dueOn, notBefore, endReason, conversion, deferrals, version, figures);
    }

    public Episode ended(EpisodeStatus newStatus, String reason, Conversion credited) {
        return new Episode(customerKey, id, chainId, configVersion, band, holdout, startedAt, lastPurchaseBefore,
                newStatus, nextStep, null, null, reason, credited, deferrals, version, figures);
    }
}
