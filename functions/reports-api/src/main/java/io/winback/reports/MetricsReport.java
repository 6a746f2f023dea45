package io.winback.reports;

import io.winback.report.TableWriter;
import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.http.ApiReply;
import io.winback.report.CsvWriter;
import io.winback.report.DaySale;
import io.winback.report.FirstPurchases;
import io.winback.report.MatchedReturns;
import io.winback.report.ReportFormat;
import io.winback.report.ReportQuery;
import io.winback.http.report.ReportReplies;
import io.winback.report.RetentionMetrics;
import io.winback.report.SalesByDay;
import io.winback.report.SalesTally;
import io.winback.report.SegmentsSummaryStore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v1/reports/metrics?from=&to=&store=&spend=&activeDays=&periods=}: AOV, CRR, repeat-purchase rate, LTV,
 * CAC and the period's customer counts (definitions in docs/reports.md, "Retention metrics"). Reads the receipts of the period
 * and of the {@code activeDays} before it through the byDay index, and the cards of the period's buyers (for who is
 * new): costs follow the period, never the whole history. Holds one entry per buyer, not the receipts.
 */
final class MetricsReport implements Report {
    /** The window before the period read for who was active at its start: a year at most. */
    static final int MAX_ACTIVE_DAYS = 366;
    private final SalesByDay sales;
    private final MatchedReturns matchedReturns;
    private final FirstPurchases firstPurchases;
    private final SegmentsSummaryStore segments;
    private final ZoneId shopZone;
    private final int defaultActiveDays;

    MetricsReport(SalesByDay sales, MatchedReturns matchedReturns, FirstPurchases firstPurchases,
                  SegmentsSummaryStore segments, WinbackConfig config) {
        this.sales = sales;
        this.matchedReturns = matchedReturns;
        this.firstPurchases = firstPurchases;
        this.segments = segments;
        this.shopZone = config.shopZone();
        // A customer counts as active until they would fall asleep in the most patient segment.
        this.defaultActiveDays = config.sleep().daysFor(PurchaseBand.MANY);
    }

    @Override
    public ApiReply answer(ReportQuery query) {
        LocalDate from = query.requiredDate("from");
        LocalDate to = query.requiredDate("to");
        query.checkPeriod(from, to);
        StoreFilter stores = StoreFilter.read(query);
        BigDecimal spend = query.amount("spend", null);
        int activeDays = query.whole("activeDays", defaultActiveDays, 1, MAX_ACTIVE_DAYS);
        int periods = query.whole("periods", 12, 1, 1200);
        query.checkLength(from, to, "a report");
        if (!query.isValid()) {
            return ApiReply.errors(400, query.errors());
        }
        Tally tally = new Tally(from, to, activeDays);
        sales.forEach(from.minusDays(activeDays), to, stores.single(), sale -> {
            if (stores.includes(sale.store())) {
                tally.add(sale);
            }
        });
        Set<String> newCustomers = newAmong(tally.buyers.keySet(), from, to);
        tally.unmatchedReturns = tally.returnIds.size() - matchedReturns.matchedAmong(tally.returnIds).size();
        Map<String, Object> figures = figures(tally, newCustomers, spend, periods);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("store", stores.names().isEmpty() ? null : stores.label());
        body.put("activeDays", activeDays);
        body.putAll(figures);
        census().ifPresent(census -> body.putAll(census));
        if (query.format().isTable()) {
            TableWriter csv = ReportReplies.table(query, "Показатели", "Metrics");
            csv.header(List.of(query.language().pick("показатель", "metric"),
                    query.language().pick("значение", "value")));
            body.forEach((name, value) -> csv.row(MetricNames.of(name, query.language()), MetricNames.cell(name, value)));
            return ReportReplies.download("metrics-" + from + "-" + to, csv);
        }
        return ApiReply.ok(body);
    }

    private Map<String, Object> figures(Tally t, Set<String> newBuyers, BigDecimal spend, int periods) {
        long newCustomers = newBuyers.size();
        // The vendor's (E − N) / S with E and N counted alike: only the new customers still active at the end leave E.
        long newAtEnd = newBuyers.stream().filter(t.activeAtEnd::contains).count();
        long retained = t.activeAtStart.stream().filter(t.activeAtEnd::contains).count();
        long repeatBuyers = t.buyers.values().stream().filter(n -> n >= 2).count();
        SalesTally sales = t.sales;
        BigDecimal aov = RetentionMetrics.aov(sales.revenue().amount(), sales.purchases());
        // A count per buyer, not money: four decimals, so that LTV (money) is rounded once, at the end.
        BigDecimal purchasesPerBuyer = t.buyers.isEmpty() ? null : BigDecimal.valueOf(sales.purchases())
                .divide(BigDecimal.valueOf(t.buyers.size()), 4, RoundingMode.HALF_UP);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("purchases", sales.purchases());
        f.put("revenue", sales.revenue().amount());
        f.put("returns", sales.returns());
        f.put("refunds", sales.refunds().amount());
        f.put("unmatchedReturns", t.unmatchedReturns);
        f.put("netRevenue", sales.netRevenue().amount());
        f.put("discounts", sales.discounts().amount());
        f.put("bonusRedeemed", sales.bonusRedeemed().amount());
        f.put("aov", aov);
        f.put("buyers", t.buyers.size());
        f.put("repeatBuyers", repeatBuyers);
        f.put("repeatPurchaseRatePercent", RetentionMetrics.repeatPurchaseRatePercent(repeatBuyers, t.buyers.size()));
        f.put("newCustomers", newCustomers);
        f.put("activeAtStart", t.activeAtStart.size());
        f.put("activeAtEnd", t.activeAtEnd.size());
        f.put("retainedFromStart", retained);
        f.put("wonBack", t.activeAtEnd.size() - newAtEnd - retained);
        f.put("crrPercent", RetentionMetrics.crrPercent(t.activeAtEnd.size(), newAtEnd, t.activeAtStart.size()));
        f.put("marketingSpend", spend);
        f.put("cac", RetentionMetrics.cac(spend, newCustomers));
        f.put("purchasesPerBuyer", purchasesPerBuyer);
        f.put("ltvPeriods", periods);
        f.put("ltv", RetentionMetrics.ltv(aov, purchasesPerBuyer, periods));
        return f;
    }

    /**
     * Every customer by standing (active, sleeping, lost, never bought), as the segments job counted them on its
     * last run: a count of the whole base needs every card, which only the daily job reads. Shop-wide, whatever the
     * stores asked for, and dated, since it is not the period's.
     */
    private java.util.Optional<Map<String, Object>> census() {
        return segments.find().map(summary -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("customersAsOf", summary.asOf().toString());
            c.put("customersActive", summary.census().active());
            c.put("customersSleeping", summary.census().sleeping());
            c.put("customersLost", summary.census().lost());
            c.put("customersNeverBought", summary.census().neverBought());
            return c;
        });
    }

    /** Buyers of the period whose first purchase ever falls in it (only that field of their cards is read). */
    private Set<String> newAmong(Set<String> buyers, LocalDate from, LocalDate to) {
        Set<String> found = new HashSet<>();
        firstPurchases.firstPurchaseAt(buyers).forEach((key, first) -> {
            LocalDate day = first.atZone(shopZone).toLocalDate();
            if (!day.isBefore(from) && !day.isAfter(to)) {
                found.add(key);
            }
        });
        return found;
    }

    /**
     * The receipts added up as they stream past. Active at the start: bought in the {@code activeDays} before
     * {@code from}; active at the end: bought in the {@code activeDays} up to {@code to}.
     */
    private static final class Tally {
        private final LocalDate from;
        private final LocalDate to;
        private final LocalDate endWindowFrom;
        private final Map<String, Integer> buyers = new HashMap<>();
        private final Set<String> activeAtStart = new HashSet<>();
        private final Set<String> activeAtEnd = new HashSet<>();
        /** The period's receipts, counted as the discounts report counts them. */
        private final SalesTally sales = new SalesTally();
        /** The period's returns, by id: which were matched to their original sale is read once at the end. */
        private final List<String> returnIds = new ArrayList<>();
        private long unmatchedReturns;

        Tally(LocalDate from, LocalDate to, int activeDays) {
            this.from = from;
            this.to = to;
            this.endWindowFrom = to.minusDays(activeDays - 1L);
        }

        void add(DaySale sale) {
            if (sale.isPurchase()) {
                if (sale.day().isBefore(from)) {
                    activeAtStart.add(sale.customerKey());
                }
                if (!sale.day().isBefore(endWindowFrom)) {
                    activeAtEnd.add(sale.customerKey());
                }
            }
            if (sale.day().isBefore(from) || sale.day().isAfter(to)) {
                return;
            }
            sales.add(sale);
            if (sale.isPurchase()) {
                buyers.merge(sale.customerKey(), 1, Integer::sum);
            } else {
                returnIds.add(sale.saleId());
            }
        }
    }
}
