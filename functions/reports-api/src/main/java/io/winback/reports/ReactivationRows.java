package io.winback.reports;

import io.winback.money.Money;
import io.winback.report.reactivation.ChainTally;
import io.winback.report.reactivation.Comparison;
import io.winback.report.reactivation.Economics;
import io.winback.report.reactivation.Interval;
import io.winback.report.reactivation.ReactivationTally;
import io.winback.tasks.CallCounts;
import io.winback.tasks.CallOutcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The campaign report's rows, shared by its JSON and CSV: per chain the whole chain ({@code step} "all", intention
 * to treat), then each step (numbered from 1), each a comparison of treated and holdout with the calls it opened;
 * and the calls of every row's chain together.
 */
record ReactivationRows(List<Row> rows, CallCounts calls) {

    /** @param calls the calls the chain (or step) asked staff to make, and how they ended */
    record Row(String chain, String step, Comparison comparison, CallCounts calls) {
    }

    static ReactivationRows of(ReactivationTally tally, Economics economics) {
        List<Row> rows = new ArrayList<>();
        CallCounts calls = CallCounts.NONE;
        for (Map.Entry<String, ChainTally> chain : new java.util.TreeMap<>(tally.chains()).entrySet()) {
            ChainTally c = chain.getValue();
            calls = calls.plus(c.calls());
            rows.add(new Row(chain.getKey(), "all", Comparison.of(c.treated(), c.holdout(), economics), c.calls()));
            for (int step : c.steps()) {
                rows.add(new Row(chain.getKey(), Integer.toString(step + 1),
                        Comparison.of(c.treatedAt(step), c.holdoutAt(step), economics), c.callsAt(step)));
            }
        }
        return new ReactivationRows(rows, calls);
    }

    /** A share as a percentage (or percentage points) with 2 decimals; null stays null. A rate, not money. */
    static BigDecimal percent(Double share) {
        return share == null ? null : BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal money(Double amount) {
        return amount == null ? null : Money.rounded(BigDecimal.valueOf(amount)).amount();
    }

    static BigDecimal low(Interval interval, boolean asPercent) {
        return interval == null ? null : asPercent ? percent(interval.low()) : money(interval.low());
    }

    static BigDecimal high(Interval interval, boolean asPercent) {
        return interval == null ? null : asPercent ? percent(interval.high()) : money(interval.high());
    }

    /** Incremental customers with one decimal: a count of people, not money. */
    static BigDecimal customers(Double count) {
        return count == null ? null : BigDecimal.valueOf(count).setScale(1, RoundingMode.HALF_UP);
    }

    /** The call figures in the order the CSV and the dashboard show them: opened, each outcome, still open. */
    static List<Long> callFigures(CallCounts calls) {
        List<Long> figures = new ArrayList<>();
        figures.add(calls.opened());
        for (CallOutcome outcome : CallOutcome.values()) {
            figures.add(calls.of(outcome));
        }
        figures.add(calls.stillOpen());
        return figures;
    }
}
