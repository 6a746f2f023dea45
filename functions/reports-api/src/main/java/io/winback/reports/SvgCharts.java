package io.winback.reports;

import io.winback.report.ReportLanguage;
import io.winback.text.Noun;
import io.winback.text.ShopText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static io.winback.http.HtmlText.escape;

/**
 * Charts drawn on the server as inline SVG: nothing to load, nothing to run in the browser. Every chart has a title,
 * labelled axes with a unit, its value written on each bar, the same value on hover ({@code <title>}), and
 * {@code data-label}/{@code data-value} on each mark so a test reads the drawn numbers back.
 */
final class SvgCharts {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 80;
    private static final int RIGHT = 16;
    private static final int TOP = 24;
    private static final int BOTTOM = 56;
    static final String BLUE = "#2f6db5";
    static final String GREY = "#9aa3ad";

    private final ReportLanguage language;

    SvgCharts(ReportLanguage language) {
        this.language = language;
    }

    /** Vertical bars, one series. */
    String bars(String id, String title, String xAxis, ChartUnit unit, List<ChartBar> bars) {
        List<String> categories = bars.stream().map(ChartBar::label).toList();
        return grouped(id, title, xAxis, unit, categories,
                List.of(new ChartSeries(title, BLUE, bars.stream().map(ChartBar::value).toList())));
    }

    /** Bars side by side per category, one colour per series, with a legend. */
    String grouped(String id, String title, String xAxis, ChartUnit unit, List<String> categories,
                   List<ChartSeries> series) {
        BigDecimal max = BigDecimal.ZERO;
        for (ChartSeries s : series) {
            for (BigDecimal v : s.values()) {
                max = v != null && v.compareTo(max) > 0 ? v : max;
            }
        }
        BigDecimal top = niceCeiling(max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg id=\"").append(escape(id)).append("\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        for (int i = 0; i <= 4; i++) {
            // An axis label of any series (counts, percent or money alike), not an amount: its own scale.
            BigDecimal tick = top.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
            int y = TOP + plotHeight - plotHeight * i / 4;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(y).append("\" y2=\"").append(y).append("\" stroke=\"#e3e6ea\"/>\n");
            svg.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" font-size=\"11\">").append(escape(number(tick))).append("</text>\n");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#555\"/>\n");
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(TOP + plotHeight).append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#555\"/>\n");
        svg.append("<text class=\"axis\" transform=\"translate(14 ").append(TOP + plotHeight / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">").append(escape(unit.axis()))
                .append("</text>\n");
        svg.append("<text class=\"axis\" x=\"").append(LEFT + plotWidth / 2).append("\" y=\"").append(HEIGHT - 6)
                .append("\" text-anchor=\"middle\" font-size=\"12\">").append(escape(xAxis)).append("</text>\n");
        int n = Math.max(1, categories.size());
        double slot = (double) plotWidth / n;
        double barWidth = Math.min(48, slot * 0.8 / series.size());
        for (int c = 0; c < categories.size(); c++) {
            double groupLeft = LEFT + slot * c + (slot - barWidth * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = series.get(s).values().get(c);
                if (value == null) {
                    continue;
                }
                double height = top.signum() == 0 ? 0 : plotHeight * value.doubleValue() / top.doubleValue();
                double x = groupLeft + barWidth * s;
                double y = TOP + plotHeight - height;
                String label = categories.get(c) + (series.size() > 1 ? " · " + series.get(s).name() : "");
                svg.append("<rect class=\"bar\" data-label=\"").append(escape(label)).append("\" data-value=\"")
                        .append(value.toPlainString()).append("\" x=\"").append(fixed(x)).append("\" y=\"")
                        .append(fixed(y)).append("\" width=\"").append(fixed(barWidth - 2)).append("\" height=\"")
                        .append(fixed(height)).append("\" fill=\"").append(series.get(s).color()).append("\">")
                        .append("<title>").append(escape(label + ": " + unit.of(value)))
                        .append("</title></rect>\n");
                svg.append("<text class=\"value\" x=\"").append(fixed(x + (barWidth - 2) / 2)).append("\" y=\"")
                        .append(fixed(y - 4)).append("\" text-anchor=\"middle\" font-size=\"10\">")
                        .append(escape(number(value))).append("</text>\n");
            }
            svg.append("<text class=\"category\" x=\"").append(fixed(LEFT + slot * c + slot / 2)).append("\" y=\"")
                    .append(TOP + plotHeight + 16).append("\" text-anchor=\"middle\" font-size=\"11\">")
                    .append(escape(categories.get(c))).append("</text>\n");
        }
        if (series.size() > 1) {
            for (int s = 0; s < series.size(); s++) {
                int x = LEFT + 8 + s * 150;
                svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"")
                        .append(series.get(s).color()).append("\"/><text x=\"").append(x + 14)
                        .append("\" y=\"13\" font-size=\"11\">").append(escape(series.get(s).name()))
                        .append("</text>\n");
            }
        }
        return svg.append("</svg>\n").toString();
    }

    /**
     * A grid of cells shaded by count, the count written in each: the 5 × 5 R×F grid, recency across (5 = most
     * recent on the right), frequency up.
     */
    String grid(String id, String title, String xAxis, String yAxis, Noun noun, long[][] counts) {
        int cell = 52;
        int left = 70;
        int top = 20;
        int size = counts.length;
        long max = 1;
        for (long[] row : counts) {
            for (long count : row) {
                max = Math.max(max, count);
            }
        }
        StringBuilder svg = new StringBuilder();
        int width = left + cell * size + 20;
        int height = top + cell * size + 50;
        svg.append("<svg id=\"").append(escape(id)).append("\" class=\"chart grid\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>").append(escape(title)).append("</title>\n");
        for (int f = 0; f < size; f++) {
            for (int r = 0; r < size; r++) {
                long count = counts[f][r];
                int x = left + r * cell;
                int y = top + (size - 1 - f) * cell;
                double shade = 0.08 + 0.8 * count / max;
                String label = "R" + (r + 1) + " F" + (f + 1);
                svg.append("<rect class=\"cell\" data-label=\"").append(label).append("\" data-value=\"")
                        .append(count).append("\" x=\"").append(x).append("\" y=\"").append(y)
                        .append("\" width=\"").append(cell - 2).append("\" height=\"").append(cell - 2)
                        .append("\" fill=\"").append(BLUE).append("\" fill-opacity=\"").append(fixed(shade))
                        .append("\"><title>").append(escape(label + ": " + noun.count(count, language)))
                        .append("</title></rect>\n<text x=\"").append(x + cell / 2 - 1).append("\" y=\"")
                        .append(y + cell / 2 + 4).append("\" text-anchor=\"middle\" font-size=\"12\">")
                        .append(count).append("</text>\n");
            }
        }
        for (int i = 0; i < size; i++) {
            svg.append("<text x=\"").append(left + i * cell + cell / 2 - 1).append("\" y=\"")
                    .append(top + size * cell + 14).append("\" text-anchor=\"middle\" font-size=\"11\">R")
                    .append(i + 1).append("</text>\n<text x=\"").append(left - 8).append("\" y=\"")
                    .append(top + (size - 1 - i) * cell + cell / 2 + 4)
                    .append("\" text-anchor=\"end\" font-size=\"11\">F").append(i + 1).append("</text>\n");
        }
        svg.append("<text x=\"").append(left + size * cell / 2).append("\" y=\"").append(height - 8)
                .append("\" text-anchor=\"middle\" font-size=\"12\">").append(escape(xAxis)).append("</text>\n")
                .append("<text transform=\"translate(14 ").append(top + size * cell / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">").append(escape(yAxis))
                .append("</text>\n");
        return svg.append("</svg>\n").toString();
    }

    /** A number as the page's language writes it: 12 345,5 in Russian, 12,345.5 in English. */
    String number(BigDecimal value) {
        return ShopText.number(value, language);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code max}: round tick values on the axis. */
    static BigDecimal niceCeiling(BigDecimal max) {
        if (max.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal power = BigDecimal.ONE.movePointRight(max.precision() - max.scale() - 1);
        for (int step : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(step));
            if (candidate.compareTo(max) >= 0) {
                return candidate;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    private static String fixed(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
