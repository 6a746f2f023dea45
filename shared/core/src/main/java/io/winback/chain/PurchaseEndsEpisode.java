package io.winback.chain;

import io.winback.tasks.CallTask;
import io.winback.tasks.CallOutcome;
import io.winback.tasks.CallTasks;

import io.winback.domain.CustomerRefs;
import io.winback.domain.Sale;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A purchase made since an episode began that counts for its chain's trigger ({@link ConvertingPurchase}: any
 * purchase, or one containing the chain's group) ends it: converted when {@link ConversionRule} credits it to a touch,
 * otherwise exited. Judged the same wherever the purchase is first seen: by the stats function as the purchase is
 * applied, and by the worker before a step as the backstop. Whoever saves the ended episode first (the save is
 * conditional on the version read) credits the purchase; the other finds the episode no longer active.
 */
public final class PurchaseEndsEpisode {
    private static final String CAME_BACK = "the customer bought again; no call needed";
    private PurchaseEndsEpisode() {
    }

    /**
     * The episode ended by {@code firstPurchase}, the customer's first purchase after the episode's
     * {@code lastPurchaseBefore} that counts for its chain's trigger; when that purchase is not known (the stats say
     * they bought, the history not yet),
     * ended without a conversion.
     *
     * @param touchesOfEpisode the episode's own touches
     */
    public static Episode ended(Episode episode, List<Touch> touchesOfEpisode, Optional<Sale> firstPurchase) {
        return firstPurchase
                .map(sale -> ConversionRule.judge(touchesOfEpisode, sale)
                        .map(c -> episode.ended(EpisodeStatus.CONVERTED, "purchase", c))
                        .orElseGet(() -> episode.ended(EpisodeStatus.EXITED, "purchase_outside_window", null)))
                .orElseGet(() -> episode.ended(EpisodeStatus.EXITED, "purchase", null));
    }

    /**
     * Whether {@code sale} ends the episode, of a chain of {@code trigger}: a purchase that counts for the trigger,
     * made after the episode began.
     */
    public static boolean ends(Trigger trigger, Episode episode, Sale sale) {
        return ConvertingPurchase.counts(trigger, sale) && episode.isActive()
                && episode.endedByPurchaseAt(sale.occurredAt().toInstant());
    }

    /**
     * A purchase ends the episode, and with it any call its steps asked staff to make: the task is closed as
     * {@code came_back}, so nobody phones a customer who is back. A task staff closed already stays as they left it.
     * A call-only step's touch says {@code call_task}; a step that also sent a message says how the message went
     * ({@code sent}, {@code unknown}...), so every touch of the episode but a holdout's is asked after (a read each,
     * at the episode's end only).
     */
    public static void closeCallTasks(Touches touches, CallTasks tasks, CustomerRefs refs, Episode ended,
                                      Instant now) {
        if (ended.conversion() == null && !String.valueOf(ended.endReason()).startsWith("purchase")) {
            return;
        }
        for (Touch touch : touches.touchesOf(ended.customerKey())) {
            if (!touch.episodeId().equals(ended.id()) || touch.status() == TouchStatus.HOLDOUT) {
                continue;
            }
            String id = CallTask.idOf(refs, ended.customerKey(), touch.id());
            if (tasks.closeTask(id, CallOutcome.CAME_BACK, CAME_BACK, now) instanceof CallTasks.TaskClosing.NoSuchTask
                    && touch.status() == TouchStatus.CALL_TASK) {
                // A task opened before ids stopped carrying the customer key: looked for, as before, for call-only
                // steps.
                tasks.closeTask(CallTask.legacyIdOf(ended.customerKey(), touch.id()), CallOutcome.CAME_BACK,
                        CAME_BACK, now);
            }
        }
    }
}
