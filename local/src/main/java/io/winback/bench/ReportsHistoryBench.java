package io.winback.bench;

import io.winback.config.WinbackConfig;
import io.winback.consent.Consent;
import io.winback.domain.AbcClass;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleType;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.dynamo.DynamoSegmentsSummary;
import io.winback.report.SegmentsSummary;
import io.winback.reports.ReportsApiHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The metrics and segments reports over a history ten times longer: the same last 120 days (the 30-day period and
 * the 90 active days before it) with 150 days of receipts behind the period's end, then 1,500, stored through the
 * real webhook's store (the sale and its indexes); the segments job's summary as it leaves it (every cell of the
 * grid, every class; its revenue grown with the history); both reports asked through the real handler, their read
 * units metered. They should not grow with the history: the metrics report reads the period's days through the
 * Sales {@code byDay} index, the segments report the one summary item.
 */
final class ReportsHistoryBench {
    private static final int SHORT_DAYS = 150;
    private static final int RECEIPTS_PER_DAY = 10;
    private static final int CUSTOMERS = 400;
    private static final LocalDate TO = LocalDate.parse("2026-11-30");
    private final Supplier<DynamoDbClient> freshDynamo;

    ReportsHistoryBench(Supplier<DynamoDbClient> freshDynamo) {
        this.freshDynamo = freshDynamo;
    }

    /** {@code metrics_report} and {@code segments_report}, each with its units on both histories and their ratio. */
    Map<String, Map<String, Object>> measure() {
        Run shortHistory = run(SHORT_DAYS);
        Run longHistory = run(SHORT_DAYS * 10);
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        out.put("metrics_report", figures(shortHistory.metricsRru, longHistory.metricsRru));
        out.put("segments_report", figures(shortHistory.segmentsRru, longHistory.segmentsRru));
        return out;
    }

    private static Map<String, Object> figures(double shortRru, double longRru) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("history_days_short", SHORT_DAYS);
        figures.put("history_days_long", SHORT_DAYS * 10);
        figures.put("rru_short_history", Benchmark.round(shortRru));
        figures.put("rru_10x_history", Benchmark.round(longRru));
        figures.put("rru_ratio_10x_history", Benchmark.round(longRru / shortRru));
        return figures;
    }

    private record Run(double metricsRru, double segmentsRru) {
    }

    private Run run(int days) {
        DynamoDbClient dynamo = freshDynamo.get();
        WinbackConfig config = ChainsBench.tables(dynamo, "history-" + days + "-" + System.nanoTime(),
                Map.of(WinbackConfig.API_TOKENS, "bench-api-token"));
        Instant now = TO.plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC);
        var sales = new DynamoSalesStore(dynamo, config.salesTable(), CapacityMeter.NONE, config.shopZone());
        for (int d = 0; d < days; d++) {
            LocalDate day = TO.minusDays(d);
            for (int r = 0; r < RECEIPTS_PER_DAY; r++) {
                String customer = "H-" + ((d * 7 + r * 31) % CUSTOMERS);
                sales.record(new Sale(customer + "-" + day + "-" + r, SaleType.SALE, null, "store-" + (r % 3),
                        day.atTime(12, r).atZone(config.shopZone()).toOffsetDateTime(),
                        new SaleCustomer(customer, null, null, null, null, null, null, null, new Consent(null, null)),
                        List.of(), new BigDecimal("700.00"), "RUB", BigDecimal.ZERO), now);
            }
        }
        new DynamoSegmentsSummary(dynamo, config.chains().chainsTable(), CapacityMeter.NONE, "bench")
                .save(summary(days));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        CapacityMeter metricsMeter = CapacityMeter.recording();
        ReactivationReportBench.get(new ReportsApiHandler(dynamo, config, clock, metricsMeter), "/v1/reports/metrics",
                Map.of("from", TO.minusDays(29).toString(), "to", TO.toString()));
        CapacityMeter segmentsMeter = CapacityMeter.recording();
        ReactivationReportBench.get(new ReportsApiHandler(dynamo, config, clock, segmentsMeter),
                "/v1/reports/segments", Map.of());
        return new Run(metricsMeter.snapshot().getOrDefault("reports.read.total", 0.0),
                segmentsMeter.snapshot().getOrDefault("reports.read.total", 0.0));
    }

    /** What the segments job leaves: every cell and class filled, the revenue of the whole history. */
    private static SegmentsSummary summary(int days) {
        BigDecimal revenue = BigDecimal.valueOf(700L * RECEIPTS_PER_DAY * days);
        List<SegmentsSummary.Cell> grid = new ArrayList<>();
        for (int recency = 1; recency <= 5; recency++) {
            for (int frequency = 1; frequency <= 5; frequency++) {
                grid.add(new SegmentsSummary.Cell(recency, frequency, CUSTOMERS / 25, revenue.divide(
                        BigDecimal.valueOf(25))));
            }
        }
        List<SegmentsSummary.ClassTotal> abc = List.of(
                new SegmentsSummary.ClassTotal(AbcClass.A, CUSTOMERS / 5, revenue.multiply(new BigDecimal("0.8"))),
                new SegmentsSummary.ClassTotal(AbcClass.B, CUSTOMERS * 3 / 10, revenue.multiply(new BigDecimal("0.15"))),
                new SegmentsSummary.ClassTotal(AbcClass.C, CUSTOMERS / 2, revenue.multiply(new BigDecimal("0.05"))));
        return new SegmentsSummary(TO, TO.plusDays(1).atTime(7, 30).toInstant(ZoneOffset.UTC), grid, abc,
                new SegmentsSummary.Census(CUSTOMERS / 2, CUSTOMERS / 4, CUSTOMERS / 4, 0),
                new SegmentsSummary.Cuts(Map.of(2, 180L, 3, 90L, 4, 45L, 5, 14L), Map.of(2, 2L, 3, 3L, 4, 5L, 5, 8L),
                        Map.of(2, 1000L, 3, 3000L, 4, 6000L, 5, 12000L), 12000L, 3000L),
                new SegmentsSummary.Run(CUSTOMERS * 2L, CUSTOMERS * 0.16, CUSTOMERS, 0));
    }
}
