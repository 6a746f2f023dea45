package io.winback.timing;

import io.winback.domain.PurchaseBandPolicy;
import io.winback.domain.SleepPolicy;
import io.winback.sleep.CustomerVisitDays;

/**
 * The playbook's sleep rule as the backtest replays it on a past day: days of silence after the last purchase by
 * band (66 / 80 / 90 / 90 by default), the band from the purchases as of that day. Purchases are counted as distinct
 * visit days (what a card keeps day by day; several receipts on one day are one visit, as for the model).
 */
public record PlaybookSleep(PurchaseBandPolicy bands, SleepPolicy sleep) {
    public static final PlaybookSleep DEFAULT = new PlaybookSleep(PurchaseBandPolicy.DEFAULT, SleepPolicy.DEFAULT);

    /** The days of silence after which the customer sleeps, judged on {@code day} (epoch day; they bought by it). */
    public int daysAsOf(CustomerVisitDays customer, int day) {
        return sleep.daysFor(bands.bandOf(customer.daysUpTo(day), customer.vip()));
    }
}
