package io.winback.sleep;

import io.winback.domain.CustomerStats;
import io.winback.domain.PurchaseBand;
import io.winback.domain.SleepPolicy;

import java.time.LocalDate;

/**
 * When a customer falls asleep: the playbook's days by band ({@link SleepPolicy}) or the shop's own model
 * ({@link ModelSleepRule}), whichever the timing job put in force ({@link #inForce}). Bands still choose the chain;
 * the rule only says the day.
 */
public interface SleepRule {

    /** The day the customer falls asleep, or null when there is no visit or no band to judge by. */
    LocalDate sleepAt(PurchaseBand band, CustomerStats stats);

    /** The card's timing on {@code today}: the playbook's says only the day. */
    default CardTiming timing(PurchaseBand band, CustomerStats stats, LocalDate today) {
        return CardTiming.playbook(sleepAt(band, stats));
    }

    /** The rule {@code inForce} says: the model with its threshold, or the playbook. */
    static SleepRule inForce(TimingInForce inForce, SleepPolicy playbook) {
        return switch (inForce) {
            case TimingInForce.Model model -> ModelSleepRule.of(model, playbook);
            case TimingInForce.Playbook ignored -> playbook;
        };
    }
}
