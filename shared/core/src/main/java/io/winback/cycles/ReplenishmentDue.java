package io.winback.cycles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * When a customer is due a replenishment reminder for a group: the last purchase of the group plus {@code remindAt}
 * × the customer's cycle (their own intervals shrunk toward the group's, {@link CustomerCyclePolicy}), rounded to
 * the nearest day. The group's cycle is the learned one when its evidence is enough, else the chain's
 * {@code cycleDays} when it gives one; with neither the reminder does not run, and says why.
 */
public sealed interface ReplenishmentDue {

    record On(LocalDate day, BigDecimal cycleDays) implements ReplenishmentDue {
    }

    record NotRun(String reason) implements ReplenishmentDue {
    }

    static ReplenishmentDue of(GroupCycle learned, Integer configuredCycleDays, GroupPurchases customer,
                               BigDecimal remindAt, CustomerCyclePolicy policy) {
        Integer inUse = GroupCycleInUse.of(learned, configuredCycleDays).days();
        if (inUse == null) {
            return new NotRun("the cycle of " + customer.group() + " is not learned yet ("
                    + (learned == null ? "no intervals yet" : learned.shortfall())
                    + ") and the chain gives no cycleDays");
        }
        BigDecimal groupCycle = BigDecimal.valueOf(inUse);
        if (customer.lastDay() == null) {
            return new NotRun("the customer has not bought " + customer.group());
        }
        BigDecimal cycle = policy.cycleDays(customer.intervals(), groupCycle);
        long days = remindAt.multiply(cycle).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new On(customer.lastDay().plusDays(days), cycle);
    }
}
