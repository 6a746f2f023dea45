package io.winback.sleep;

import java.time.LocalDate;

/**
 * A customer's timing as their card shows it. Under the model: {@code asOf} the day the probabilities are for,
 * {@code pNoPurchase90d} the chance of no purchase in the next 90 days, {@code pAlive} the chance they still buy at
 * all, {@code expectedNextPurchase} (see {@link ModelSleepRule#timing}) and the sleep day. Under the playbook only the
 * sleep day; the rest null.
 *
 * @param model "bgnbd" or "playbook", as {@link TimingInForce#name()} says it
 */
public record CardTiming(String model, LocalDate asOf, Double pNoPurchase90d, Double pAlive,
                         LocalDate expectedNextPurchase, LocalDate sleepAt) {

    public static CardTiming playbook(LocalDate sleepAt) {
        return new CardTiming("playbook", null, null, null, null, sleepAt);
    }
}
