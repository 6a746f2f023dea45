package io.winback.reports;

import io.winback.report.TableWriter;
import io.winback.cycles.CycleEvidence;
import io.winback.cycles.CycleEvidencePolicy;
import io.winback.cycles.GroupCycle;
import io.winback.cycles.GroupEvidence;
import io.winback.http.ApiReply;
import io.winback.http.report.ReportReplies;
import io.winback.report.CsvWriter;
import io.winback.report.ReportFormat;
import io.winback.report.ReportLanguage;
import io.winback.report.ReportQuery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /v1/reports/cycles}: every product group with at least one interval between a customer's consecutive
 * purchases, with its learned cycle (the median interval), the quartiles around it, the intervals and customers it
 * rests on, and whether that is enough for a replenishment chain to trust it (docs/reports.md, "Replenishment
 * cycles"). One Query of the groups' evidence, kept current by the sales stream; the groups with the most intervals
 * first, so the goods that are bought again and again lead.
 */
final class CyclesReport implements Report {
    private final CycleEvidence evidence;
    private final CycleEvidencePolicy policy;

    CyclesReport(CycleEvidence evidence, CycleEvidencePolicy policy) {
        this.evidence = evidence;
        this.policy = policy;
    }

    @Override
    public ApiReply answer(ReportQuery query) {
        if (!query.isValid()) {
            return ApiReply.errors(400, query.errors());
        }
        List<GroupCycle> cycles = new ArrayList<>();
        for (GroupEvidence group : evidence.all()) {
            cycles.add(GroupCycle.of(group, policy));
        }
        cycles.removeIf(Objects::isNull);
        cycles.sort(Comparator.comparingLong(GroupCycle::intervals).reversed().thenComparing(GroupCycle::group));
        ReportLanguage lang = query.language();
        if (query.format().isTable()) {
            return ReportReplies.download("cycles", csv(cycles, lang, ReportReplies.table(query, "Циклы", "Cycles")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("minimumEvidence", Map.of("intervals", policy.minIntervals(), "customers", policy.minCustomers()));
        body.put("groups", cycles.stream().map(cycle -> row(cycle, lang)).toList());
        return ApiReply.ok(body);
    }

    private Map<String, Object> row(GroupCycle cycle, ReportLanguage lang) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("group", cycle.group());
        row.put("cycleDays", cycle.medianDays());
        row.put("lowerQuartileDays", cycle.lowerQuartileDays());
        row.put("upperQuartileDays", cycle.upperQuartileDays());
        row.put("interquartileDays", cycle.interquartileDays());
        row.put("intervals", cycle.intervals());
        row.put("customers", cycle.customers());
        row.put("enoughEvidence", cycle.enoughEvidence());
        if (!cycle.enoughEvidence()) {
            row.put("shortfall", shortfall(cycle, lang));
        }
        return row;
    }

    /** Why a group's cycle is not trusted yet, in the report's language. */
    private String shortfall(GroupCycle cycle, ReportLanguage lang) {
        return policy.shortfall(cycle.intervals(), cycle.customers(), lang);
    }

    private TableWriter csv(List<GroupCycle> cycles, ReportLanguage lang, TableWriter csv) {
        csv.header(List.of(lang.pick("группа", "group"), lang.pick("цикл, дней", "cycle, days"),
                lang.pick("нижний квартиль, дней", "lower quartile, days"),
                lang.pick("верхний квартиль, дней", "upper quartile, days"),
                lang.pick("интервалов", "intervals"), lang.pick("покупателей", "customers"),
                lang.pick("достаточно данных", "enough evidence"), lang.pick("чего не хватает", "shortfall")));
        for (GroupCycle cycle : cycles) {
            csv.row(cycle.group(), cycle.medianDays(), cycle.lowerQuartileDays(), cycle.upperQuartileDays(),
                    cycle.intervals(), cycle.customers(), cycle.enoughEvidence(),
                    cycle.enoughEvidence() ? null : shortfall(cycle, lang));
        }
        return csv;
    }
}
