package io.winback.reports;

import io.winback.domain.PurchaseBand;
import io.winback.money.Money;
import io.winback.report.ReportLanguage;
import io.winback.report.reactivation.Comparison;
import io.winback.report.reactivation.Economics;
import io.winback.report.reactivation.GroupTally;
import io.winback.tasks.CallCounts;
import io.winback.tasks.CallOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.winback.reports.ReactivationRows.customers;
import static io.winback.reports.ReactivationRows.high;
import static io.winback.reports.ReactivationRows.low;
import static io.winback.reports.ReactivationRows.money;
import static io.winback.reports.ReactivationRows.percent;

/** The campaign report as JSON: the assumptions, then one object per chain and step (docs/reports.md lists each field). */
final class ReactivationJson {
    static final String METHOD = "uplift: difference of conversion rates, 95 % interval by Newcombe's hybrid score "
            + "method (Wilson intervals per group); revenue per customer entered: difference of means, 95 % Welch "
            + "interval; minimum detectable uplift: 80 % power, 5 % two-sided, at the holdout's rate";

    private ReactivationJson() {
    }

    static Map<String, Object> body(LocalDate from, LocalDate to, String chain, PurchaseBand band, ReactivationRows rows,
                                    Economics economics, ReportLanguage language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("chain", chain);
        body.put("segment", band == null ? null : band.label());
        body.put("averageCheck", economics.averageCheck());
        body.put("margin", economics.margin());
        body.put("smsPrice", economics.prices().sms());
        body.put("emailPrice", economics.prices().email());
        body.put("minHoldout", economics.minHoldout());
        body.put("method", METHOD);
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReactivationRows.Row row : rows.rows()) {
            out.add(row(row, economics, language));
        }
        body.put("rows", out);
        body.put("calls", calls(rows.calls()));
        return body;
    }

    private static Map<String, Object> row(ReactivationRows.Row row, Economics economics, ReportLanguage language) {
        Comparison c = row.comparison();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("chain", row.chain());
        r.put("step", row.step());
        r.put("treated", group(c.treated()));
        r.put("holdout", group(c.holdout()));
        r.put("upliftPoints", percent(c.uplift()));
        r.put("upliftLowPoints", low(c.upliftInterval(), true));
        r.put("upliftHighPoints", high(c.upliftInterval(), true));
        r.put("revenuePerCustomerDifference", money(c.revenueDifference()));
        r.put("revenueDifferenceLow", low(c.revenueDifferenceInterval(), false));
        r.put("revenueDifferenceHigh", high(c.revenueDifferenceInterval(), false));
        r.put("incrementalCustomers", customers(c.incrementalCustomers()));
        r.put("valuePerCustomerWonBack", c.valuePerCustomer() == null ? null
                : Money.rounded(c.valuePerCustomer()).amount());
        r.put("messageCost", c.messageCost());
        r.put("netEffect", c.netEffect());
        r.put("verdict", c.verdict().wireName());
        r.put("conclusion", ReactivationCsv.conclusion(c, economics, language));
        r.put("minimumDetectableUpliftPoints", percent(c.minimumDetectableUplift()));
        r.put("naiveConversionOfThoseMessagedPercent", percent(c.treated().naiveConversionRate()));
        r.put("calls", calls(row.calls()));
        return r;
    }

    /** The calls opened and how they ended, from the counters kept when each was opened and closed. */
    static Map<String, Object> calls(CallCounts calls) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("opened", calls.opened());
        m.put("reached", calls.of(CallOutcome.REACHED));
        m.put("noAnswer", calls.of(CallOutcome.NO_ANSWER));
        m.put("refused", calls.of(CallOutcome.REFUSED));
        m.put("willCome", calls.of(CallOutcome.WILL_COME));
        m.put("cameBack", calls.of(CallOutcome.CAME_BACK));
        m.put("stillOpen", calls.stillOpen());
        return m;
    }

    private static Map<String, Object> group(GroupTally g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entered", g.entered());
        m.put("sent", g.sent());
        m.put("unknown", g.unknown());
        m.put("failed", g.failed());
        m.put("callTasks", g.callTasks());
        m.put("bonusOnly", g.bonusOnly());
        m.put("heldBack", g.heldBack());
        m.put("skipped", g.skipped());
        m.put("deferred", g.deferred());
        m.put("messaged", g.messaged());
        m.put("converted", g.converted());
        m.put("conversionPercent", percent(g.conversionRate()));
        m.put("revenue", g.revenue().sum());
        m.put("revenuePerCustomer", g.revenue().meanMoney());
        m.put("bonusSpent", g.bonusSpent());
        return m;
    }
}
