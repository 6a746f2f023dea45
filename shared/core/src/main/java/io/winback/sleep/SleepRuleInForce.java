package io.winback.sleep;

import io.winback.domain.CustomerStats;
import io.winback.domain.PurchaseBand;
import io.winback.domain.SleepPolicy;

import java.time.LocalDate;

/**
 * The rule whatever the timing store says is in force at each call: what a long-lived handler holds, so a refit
 * reaches it without a restart. Give it a {@link CachedTimingStore} so a call costs no read. The rule is derived again
 * only when what is in force changed.
 */
public final class SleepRuleInForce implements SleepRule {
    private final TimingStore timing;
    private final SleepPolicy playbook;
    private volatile Derived last;

    private record Derived(TimingInForce inForce, SleepRule rule) {
    }

    public SleepRuleInForce(TimingStore timing, SleepPolicy playbook) {
        this.timing = timing;
        this.playbook = playbook;
    }

    /** The rule in force now. */
    public SleepRule current() {
        TimingInForce inForce = timing.current();
        Derived derived = last;
        if (derived == null || !derived.inForce().equals(inForce)) {
            derived = new Derived(inForce, SleepRule.inForce(inForce, playbook));
            last = derived;
        }
        return derived.rule();
    }

    @Override
    public LocalDate sleepAt(PurchaseBand band, CustomerStats stats) {
        return current().sleepAt(band, stats);
    }

    @Override
    public CardTiming timing(PurchaseBand band, CustomerStats stats, LocalDate today) {
        return current().timing(band, stats, today);
    }
}
