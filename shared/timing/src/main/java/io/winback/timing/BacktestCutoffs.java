package io.winback.timing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The backtest's cutoffs for a run on day D: 12 monthly cutoffs (30 days apart) over the shop's last year whose
 * 90-day outcome window ends by D, so every outcome is already known: D-90, D-120, D-150, …, D-420 (the latest is
 * D-90, whose window (D-90, D] ends on D itself). Oldest first.
 */
public final class BacktestCutoffs {
    public static final int COUNT = 12;
    public static final int MONTH_DAYS = 30;

    private BacktestCutoffs() {
    }

    public static List<LocalDate> before(LocalDate day) {
        List<LocalDate> cutoffs = new ArrayList<>(COUNT);
        for (int k = COUNT - 1; k >= 0; k--) {
            cutoffs.add(day.minusDays(TimingBacktest.WINDOW_DAYS + (long) MONTH_DAYS * k));
        }
        return cutoffs;
    }
}
