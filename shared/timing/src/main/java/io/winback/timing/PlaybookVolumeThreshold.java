package io.winback.timing;

import io.winback.sleep.BgNbd;
import io.winback.sleep.CustomerVisitDays;
import io.winback.sleep.PurchaseHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's threshold at which as many customers fall asleep each month as under the playbook, over the shop's last
 * year: 12 periods of 30 days, the last ending with the run's day (days D-359 … D). Each customer's silent stretches in
 * each period ({@link SleepSpell}: from the period's start or a purchase in it, to the period's end or the next
 * purchase) are the spells; the playbook's count is the stretches in which its sleep day (last purchase + the band's
 * days, band as of that purchase) falls; {@link VolumeThreshold} picks the threshold that matches it.
 */
public final class PlaybookVolumeThreshold {
    static final int PERIODS = 12;

    private PlaybookVolumeThreshold() {
    }

    /** @return the choice, with the playbook's count as the target it matched; null when nobody was ever silent */
    public static Matched of(List<CustomerVisitDays> customers, LocalDate day, BgNbd model, PlaybookSleep playbook) {
        int end = Math.toIntExact(day.toEpochDay()) + 1; // periods are [start, start + 30), the last one ends after D
        List<SleepSpell> spells = new ArrayList<>();
        long playbookAsleep = 0;
        for (CustomerVisitDays v : customers) {
            for (int p = PERIODS; p >= 1; p--) {
                int periodStart = end - p * BacktestCutoffs.MONTH_DAYS;
                int periodEnd = periodStart + BacktestCutoffs.MONTH_DAYS;
                int from = v.lastUpTo(periodStart) == CustomerVisitDays.NONE ? v.firstAfter(periodStart) : periodStart;
                while (from < periodEnd) {
                    int last = v.lastUpTo(from);
                    int until = Math.min(periodEnd, v.firstAfter(from));
                    PurchaseHistory h = v.historyAsOf(last);
                    spells.add(SleepSpell.of(model, h, TimingBacktest.WINDOW_DAYS, from - last, until - last));
                    int playbookDay = playbook.daysAsOf(v, last);
                    playbookAsleep += playbookDay >= from - last && playbookDay < until - last ? 1 : 0;
                    from = until;
                }
            }
        }
        if (spells.isEmpty()) {
            return null;
        }
        return new Matched(VolumeThreshold.matching(spells, playbookAsleep), playbookAsleep);
    }

    /** The threshold chosen and the playbook's count over the year it matched. */
    public record Matched(VolumeThreshold.Choice choice, long playbookAsleep) {
    }
}
