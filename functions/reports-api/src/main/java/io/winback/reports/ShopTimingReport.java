package io.winback.reports;

import io.winback.domain.Customer;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.domain.SleepPolicy;
import io.winback.http.ApiReply;
import io.winback.http.report.ReportReplies;
import io.winback.report.ReportLanguage;
import io.winback.report.ReportQuery;
import io.winback.report.TableWriter;
import io.winback.segment.CustomerPages;
import io.winback.sleep.SleepRule;
import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;
import io.winback.sleep.TimingStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/reports/timing?limit=&cursor=}: which timing is in force and why (a sentence), the fitted parameters,
 * the backtest per cutoff and pooled, and a page of customers' timing ({@link CustomerTimingRow}), the next page's
 * {@code cursor} beside it. CSV and Excel hold the page of customers (the next cursor in {@code x-next-cursor}).
 * Reads: the timing items (two GetItems) and one Scan page of the cards.
 */
final class ShopTimingReport implements Report {
    private final TimingStore timing;
    private final CustomerPages cards;
    private final PurchaseBandPolicy bands;
    private final SleepPolicy sleep;
    private final ZoneId zone;
    private final Clock clock;

    ShopTimingReport(TimingStore timing, CustomerPages cards, PurchaseBandPolicy bands, SleepPolicy sleep,
                     ZoneId zone, Clock clock) {
        this.timing = timing;
        this.cards = cards;
        this.bands = bands;
        this.sleep = sleep;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public ApiReply answer(ReportQuery query) {
        int limit = Paging.limit(query);
        String cursor = query.text("cursor");
        if (!query.isValid()) {
            return ApiReply.errors(400, query.errors());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        // The decision and its evidence from one item (the report holds what it put in force; both are written in one
        // transaction), so a run between two reads cannot pair one run's decision with another's evidence.
        Optional<TimingReport> report = timing.report();
        TimingInForce inForce = report.map(TimingReport::inForce).orElseGet(timing::current);
        CustomerPages.Page page = cards.page(0, 1, cursor, limit);
        List<Map<String, Object>> rows = new ArrayList<>();
        SleepRule rule = SleepRule.inForce(inForce, sleep);
        for (Customer card : page.customers()) {
            if (card.stats().lastVisitDay() != null) {
                rows.add(CustomerTimingRow.of(card, rule, today, bands));
            }
        }
        ReportLanguage lang = query.language();
        if (query.format().isTable()) {
            TableWriter table = ReportReplies.table(query, "Время сна", "Sleep timing");
            table.header(List.of(lang.pick("клиент", "customer"), lang.pick("последняя покупка", "last purchase"),
                    lang.pick("покупок", "purchases"), lang.pick("P(нет покупки за 90 дней)", "P(no purchase in 90 days)"),
                    lang.pick("P(ещё клиент)", "P(alive)"), lang.pick("ожидаемая покупка", "expected next purchase"),
                    lang.pick("засыпает", "sleeps on")));
            rows.forEach(row -> table.row(new ArrayList<>(row.values()).toArray()));
            return ReportReplies.download("timing-" + today, table)
                    .withHeaders(Paging.nextCursorHeader(page.next()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inForce", inForce.name());
        body.put("reason", inForce instanceof TimingInForce.Playbook p ? p.reason().wireName() : null);
        body.put("summary", TimingWords.sentence(inForce, report.orElse(null), lang));
        body.put("asOf", inForce.asOf() == null ? null : inForce.asOf().toString());
        body.put("fittedAt", inForce.fittedAt() == null ? null : inForce.fittedAt().toString());
        if (inForce instanceof TimingInForce.Model m) {
            body.put("threshold", m.threshold());
            body.put("windowDays", m.windowDays());
        }
        body.put("customers", report.map(TimingReport::customers).orElse(null));
        body.put("repeatCustomers", report.map(TimingReport::repeatCustomers).orElse(null));
        body.put("minRepeatCustomers", TimingReport.MIN_REPEAT_CUSTOMERS);
        body.put("fit", report.map(TimingReport::fit).map(ShopTimingReport::fit).orElse(null));
        body.put("backtest", report.map(r -> r.cutoffs().stream().map(ShopTimingReport::cutoff).toList())
                .orElse(List.of()));
        body.put("pooled", report.map(TimingReport::total).map(ShopTimingReport::cutoff).orElse(null));
        body.put("rows", rows);
        body.put("nextCursor", page.next());
        return ApiReply.ok(body);
    }

    private static Map<String, Object> fit(TimingReport.Fit f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", "bgnbd");
        m.put("unit", "days");
        m.put("r", f.r());
        m.put("alpha", f.alpha());
        m.put("a", f.a());
        m.put("b", f.b());
        m.put("logLikelihood", f.logLikelihood());
        m.put("customersUsed", f.customersUsed());
        m.put("converged", f.converged());
        return m;
    }

    private static Map<String, Object> cutoff(TimingReport.Cutoff c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cutoff", c.day().toString());
        m.put("scored", c.scored());
        m.put("lapsed", c.lapsed());
        m.put("aucModel", c.modelAuc());
        m.put("aucRecency", c.recencyAuc());
        m.put("aucPlaybook", c.playbookAuc());
        m.put("flagged", c.flagged());
        m.put("caughtModel", c.modelCaught());
        m.put("caughtPlaybook", c.playbookCaught());
        m.put("wastedModel", c.modelWasted());
        m.put("wastedPlaybook", c.playbookWasted());
        return m;
    }
}
