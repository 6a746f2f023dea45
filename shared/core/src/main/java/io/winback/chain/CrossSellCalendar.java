package io.winback.chain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which purchase days the cross-sell chains in force make due on a day. A purchase containing a chain's {@code group}
 * on day P is due on P + {@code afterDays}: the check of day D reads, for each distinct (group, afterDays), the
 * group's buyers of exactly D − afterDays, whatever the number of chains (one per segment, one per offered group)
 * that share the pair. An offer is named by the purchase day ({@code bought:camera>lens@2027-03-01}): one per
 * customer, chain pair and purchase day, however many receipts of the group that day and however often it is decided.
 */
public final class CrossSellCalendar {

    private CrossSellCalendar() {
    }

    /** One read of the daily check: the buyers of {@code group} on the day {@code afterDays} before it. */
    public record PurchaseDayRead(String group, int afterDays) {
        public LocalDate purchaseDayDueOn(LocalDate day) {
            return day.minusDays(afterDays);
        }
    }

    /** The distinct (group, afterDays) of the cross-sell chains in {@code configuration}, in its order. */
    public static Set<PurchaseDayRead> readsInForce(ChainConfiguration configuration) {
        Set<PurchaseDayRead> reads = new LinkedHashSet<>();
        configuration.chains().forEach(chain -> {
            if (chain.trigger() instanceof Trigger.Bought bought) {
                reads.add(new PurchaseDayRead(bought.group(), bought.afterDays()));
            }
        });
        return reads;
    }

    /**
     * The cross-sell triggers a purchase of {@code group} on {@code purchaseDay} is due for on {@code day}: those of
     * the group whose {@code afterDays} is the days between, each once (the configuration's order; segments' chains
     * of one trigger share it).
     */
    public static List<Trigger.Bought> dueOn(ChainConfiguration configuration, String group, LocalDate purchaseDay,
                                             LocalDate day) {
        long afterDays = ChronoUnit.DAYS.between(purchaseDay, day);
        Set<Trigger.Bought> due = new LinkedHashSet<>();
        configuration.chains().forEach(chain -> {
            if (chain.trigger() instanceof Trigger.Bought bought && bought.group().equals(group)
                    && bought.afterDays() == afterDays) {
                due.add(bought);
            }
        });
        return new ArrayList<>(due);
    }
}
