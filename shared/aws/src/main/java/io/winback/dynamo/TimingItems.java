package io.winback.dynamo;

import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timing in force and its report as DynamoDB maps. Doubles are written as {@link Double#toString} (the shortest
 * decimal that reads back as the same double; DynamoDB keeps 38 digits), so the parameters and the threshold come back
 * bit for bit and every sleep day derived from them is the one the job derived.
 */
final class TimingItems {
    private TimingItems() {
    }

    static Map<String, AttributeValue> inForce(TimingInForce timing) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("name", AttributeValue.fromS(timing.name()));
        if (timing.asOf() != null) {
            m.put("asOf", AttributeValue.fromS(timing.asOf().toString()));
        }
        if (timing.fittedAt() != null) {
            m.put("fittedAt", AttributeValue.fromS(timing.fittedAt().toString()));
        }
        switch (timing) {
            case TimingInForce.Model model -> {
                m.put("r", exact(model.r()));
                m.put("alpha", exact(model.alpha()));
                m.put("a", exact(model.a()));
                m.put("b", exact(model.b()));
                m.put("threshold", exact(model.threshold()));
                m.put("windowDays", AttributeValue.fromN(Integer.toString(model.windowDays())));
            }
            case TimingInForce.Playbook playbook -> m.put("reason", AttributeValue.fromS(playbook.reason().name()));
        }
        return m;
    }

    static TimingInForce inForce(Map<String, AttributeValue> m) {
        LocalDate asOf = m.containsKey("asOf") ? LocalDate.parse(m.get("asOf").s()) : null;
        Instant fittedAt = m.containsKey("fittedAt") ? Instant.parse(m.get("fittedAt").s()) : null;
        if ("bgnbd".equals(m.get("name").s())) {
            return new TimingInForce.Model(d(m, "r"), d(m, "alpha"), d(m, "a"), d(m, "b"), d(m, "threshold"),
                    Integer.parseInt(m.get("windowDays").n()), asOf, fittedAt);
        }
        return new TimingInForce.Playbook(TimingInForce.PlaybookReason.valueOf(m.get("reason").s()), asOf, fittedAt);
    }

    static Map<String, AttributeValue> report(TimingReport report) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("inForce", AttributeValue.fromM(inForce(report.inForce())));
        m.put("customers", n(report.customers()));
        m.put("repeatCustomers", n(report.repeatCustomers()));
        TimingReport.Fit fit = report.fit();
        if (fit != null) {
            m.put("fit", AttributeValue.fromM(Map.of("r", exact(fit.r()), "alpha", exact(fit.alpha()),
                    "a", exact(fit.a()), "b", exact(fit.b()), "logLikelihood", exact(fit.logLikelihood()),
                    "customersUsed", n(fit.customersUsed()), "converged", AttributeValue.fromBool(fit.converged()))));
        }
        List<AttributeValue> cutoffs = new ArrayList<>();
        report.cutoffs().forEach(c -> cutoffs.add(AttributeValue.fromM(cutoff(c))));
        m.put("cutoffs", AttributeValue.fromL(cutoffs));
        if (report.total() != null) {
            m.put("total", AttributeValue.fromM(cutoff(report.total())));
        }
        return m;
    }

    static TimingReport report(Map<String, AttributeValue> m) {
        TimingReport.Fit fit = null;
        if (m.containsKey("fit")) {
            Map<String, AttributeValue> f = m.get("fit").m();
            fit = new TimingReport.Fit(d(f, "r"), d(f, "alpha"), d(f, "a"), d(f, "b"), d(f, "logLikelihood"),
                    l(f, "customersUsed"), f.get("converged").bool());
        }
        List<TimingReport.Cutoff> cutoffs = m.get("cutoffs").l().stream().map(c -> cutoff(c.m())).toList();
        return new TimingReport(inForce(m.get("inForce").m()), l(m, "customers"), l(m, "repeatCustomers"), fit,
                cutoffs, m.containsKey("total") ? cutoff(m.get("total").m()) : null);
    }

    private static Map<String, AttributeValue> cutoff(TimingReport.Cutoff c) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("day", AttributeValue.fromS(c.day().toString()));
        m.put("scored", n(c.scored()));
        m.put("lapsed", n(c.lapsed()));
        putAuc(m, "modelAuc", c.modelAuc());
        putAuc(m, "recencyAuc", c.recencyAuc());
        putAuc(m, "playbookAuc", c.playbookAuc());
        m.put("flagged", n(c.flagged()));
        m.put("modelCaught", n(c.modelCaught()));
        m.put("playbookCaught", n(c.playbookCaught()));
        m.put("modelWasted", n(c.modelWasted()));
        m.put("playbookWasted", n(c.playbookWasted()));
        return m;
    }

    private static TimingReport.Cutoff cutoff(Map<String, AttributeValue> m) {
        return new TimingReport.Cutoff(LocalDate.parse(m.get("day").s()), l(m, "scored"), l(m, "lapsed"),
                auc(m, "modelAuc"), auc(m, "recencyAuc"), auc(m, "playbookAuc"), l(m, "flagged"),
                l(m, "modelCaught"), l(m, "playbookCaught"), l(m, "modelWasted"), l(m, "playbookWasted"));
    }

    private static void putAuc(Map<String, AttributeValue> m, String name, Double auc) {
        if (auc != null) {
            m.put(name, exact(auc));
        }
    }

    private static Double auc(Map<String, AttributeValue> m, String name) {
        return m.containsKey(name) ? d(m, name) : null;
    }

    private static AttributeValue exact(double value) {
        return AttributeValue.fromN(Double.toString(value));
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static double d(Map<String, AttributeValue> m, String name) {
        return Double.parseDouble(m.get(name).n());
    }

    private static long l(Map<String, AttributeValue> m, String name) {
        return Long.parseLong(m.get(name).n());
    }
}
