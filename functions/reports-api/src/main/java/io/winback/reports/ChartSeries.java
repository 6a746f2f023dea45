package io.winback.reports;

import java.math.BigDecimal;
import java.util.List;

/** One group of a grouped bar chart (e.g. "treated"), a value per category, in the categories' order. */
record ChartSeries(String name, String color, List<BigDecimal> values) {
    ChartSeries {
        values = List.copyOf(values);
    }
}
