package io.winback.reports;

import java.math.BigDecimal;

/** One bar of a chart: what it stands for and its value, in the chart's unit. */
record ChartBar(String label, BigDecimal value) {
    static ChartBar of(String label, long value) {
        return new ChartBar(label, BigDecimal.valueOf(value));
    }
}
