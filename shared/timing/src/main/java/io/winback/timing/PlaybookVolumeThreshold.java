package io.winback.timing;

import io.winback.sleep.ModelSleepRule;
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
 * days, band as of that purchase) falls; {@link VolumeThreshold} picks the threshold that matches it, with the
 * model's sleep day held to the card's floor (half the playbook's days) as the cards will have it.
 */
public final class PlaybookVolumeThreshold {
    static final int PERIODS = 12;

    private PlaybookVolumeThreshold() {
    }

    /** @return the choice, with the playbook's count as the target it matched; null when nobody was ever silent */
    public static Matched of(List<CustomerVisitDays> customers, LocalDate day, BgNbd model, PlaybookSleep playbook) {
        return of(customers, day, model, playbook, null);
    }

    /**
     * @param targetOverTheYear how many should fall asleep over the {@value #PERIODS} periods (a configured monthly
     *                          volume, scaled to these customers); null: as many as under the playbook
     */
    public static Matched of(List<CustomerVisitDays> customers, LocalDate day, BgNbd model, PlaybookSleep playbook,
                             Long targetOverTheYear) {
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
                    int nextPurchase = Math.min(periodEnd, v.firstAfter(from));
                    // Only falling asleep within RECENT_DAYS of a purchase counts, for the playbook and the model
                    // alike: the customers whose timing matters, as the backtest scores them. Without it a history of
                    // one cohort (everyone's first purchase in one quarter) is matched by putting the long-silent to
                    // sleep a year late, in the periods counted, and the threshold says nothing about the rest.
                    int until = Math.min(nextPurchase, last + TimingBacktest.RECENT_DAYS);
                    if (until <= from) {
                        from = nextPurchase;
                        continue;
                    }
                    PurchaseHistory h = v.historyAsOf(last);
                    int playbookDay = playbook.daysAsOf(v, last);
                    // The card sleeps on max(floor, min(d*, LATEST_DAYS)) (ModelSleepRule.held): asleep in this
                    // stretch iff that day is in it. From the stretch's start: d* from it on, or any d* when the floor
                    // is on or after the start; to its end: d* before it, or any d* when the stretch reaches the
                    // latest day (the four months are up: asleep whatever the threshold).
                    int floor = ModelSleepRule.floorDays(playbookDay);
                    if (floor < until - last) {
                        int fromDay = floor >= from - last ? 0 : from - last;
                        SleepSpell spell = SleepSpell.of(model, h, TimingBacktest.WINDOW_DAYS, fromDay, until - last);
                        spells.add(until - last > ModelSleepRule.LATEST_DAYS ? new SleepSpell(spell.above(), 1) : spell);
                    }
                    playbookAsleep += playbookDay >= from - last && playbookDay < until - last ? 1 : 0;
                    from = nextPurchase;
                }
            }
        }
        if (spells.isEmpty()) {
            return null;
        }
        return new Matched(VolumeThreshold.matching(spells, targetOverTheYear != null ? targetOverTheYear
                : playbookAsleep), playbookAsleep);
    }

    /** The threshold chosen and the playbook's count over the year it matched. */
    public record Matched(VolumeThreshold.Choice choice, long playbookAsleep) {
    }
}
