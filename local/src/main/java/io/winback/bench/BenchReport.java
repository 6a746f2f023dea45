package io.winback.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The benchmark's results as a Markdown table: measure, value, target and whether it is met. */
final class BenchReport {
    /** How far a learned cycle may be from the median of the sample shop's own intervals. */
    static final int CYCLE_TOLERANCE_DAYS = 3;

    private BenchReport() {
    }

    @SuppressWarnings("unchecked")
    static String table(Map<String, Object> results) {
        List<String[]> rows = new ArrayList<>();
        Map<String, Object> raw = (Map<String, Object>) results.get("raw");
        rows.add(row("raw.putitem_per_s_1_thread", raw.get("putitem_per_s_1_thread"), null, null));
        rows.add(row("raw.putitem_per_s_4_threads", raw.get("putitem_per_s_4_threads"), null, null));
        for (int batch : new int[]{1, 100}) {
            Map<String, Object> run = (Map<String, Object>) results.get("ingest_batch" + batch);
            rows.add(row("ingest_batch" + batch + ".sales_per_s", run.get("sales_per_s"), null, null));
            Object ratio = ((Map<String, Object>) results.get("ingest")).get("ratio_batch" + batch);
            rows.add(row("ingest.ratio_batch" + batch, ratio, batch == 100 ? "≥ 0.5" : null,
                    batch == 100 ? at(ratio) >= 0.5 : null));
        }
        // Why the batch-100 ratio is what it is: the emulator's own ceiling, and how busy the cores were.
        Map<String, Object> ingest = (Map<String, Object>) results.get("ingest");
        for (String key : List.of("ceiling_ratio_distinct_customers", "share_of_ceiling_batch100",
                "cpu_per_sale_in_raw_puts_batch100")) {
            rows.add(row("ingest." + key, ingest.get(key), null, null));
        }
        rows.add(row("ingest_batch100.cores_busy_share",
                ((Map<String, Object>) results.get("ingest_batch100")).get("cores_busy_share"), null, null));
        Object everyOperation = ingest.get("share_of_every_operation_ceiling_batch100");
        rows.add(row("ingest.share_of_every_operation_ceiling_batch100", everyOperation, "≥ 0.8",
                at(everyOperation) >= 0.8));
        Map<String, Object> units = (Map<String, Object>) results.get("units");
        rows.add(row("units.wru_per_sale", units.get("wru_per_sale"), "≤ 3.7", at(units.get("wru_per_sale")) <= 3.7));
        ((Map<String, Object>) units.get("wru_per_sale_named")).forEach((name, value) ->
                rows.add(row("units.wru_per_sale_named." + name, value, null, null)));
        rows.add(row("units.wru_per_sale_webhook", units.get("wru_per_sale_webhook"), null, null));
        rows.add(row("units.wru_per_sale_stats", units.get("wru_per_sale_stats"), "≤ 2", at(units.get("wru_per_sale_stats")) <= 2));
        rows.add(row("units.rru_per_sale", units.get("rru_per_sale"), null, null));
        Map<String, Object> cost = (Map<String, Object>) results.get("cost");
        rows.add(row("cost.usd_per_million_sales_batch1", cost.get("usd_per_million_sales_batch1"), null, null));
        rows.add(row("cost.usd_per_million_sales_batch100", cost.get("usd_per_million_sales_batch100"), "≤ 3",
                at(cost.get("usd_per_million_sales_batch100")) <= 3));
        Map<String, Object> history = (Map<String, Object>) results.get("history");
        rows.add(row("history.sales_per_s", history.get("sales_per_s"), null, null));
        rows.add(row("history.ratio_to_limit", history.get("ratio_to_limit"), "≥ 0.7", at(history.get("ratio_to_limit")) >= 0.7));
        rows.add(row("history.customers_wrong", history.get("customers_wrong") + " of " + history.get("customers_expected"),
                "0", at(history.get("customers_wrong")) == 0));
        rows.addAll(chainRows((Map<String, Object>) results.get("chains")));
        rows.addAll(triggerRows((Map<String, Object>) results.get("triggers")));
        Map<String, Object> report = (Map<String, Object>) results.get("reactivation_report");
        rows.add(row("reactivation_report.time_ratio_to_touch_ratio", report.get("time_ratio_to_touch_ratio"), "≤ 1.1",
                at(report.get("time_ratio_to_touch_ratio")) <= 1.1));
        rows.add(row("reactivation_report.rru_ratio_100k_vs_10k", report.get("rru_ratio_100k_vs_10k"), "≤ 1.5",
                at(report.get("rru_ratio_100k_vs_10k")) <= 1.5));
        for (String longer : List.of("metrics_report", "segments_report")) {
            Map<String, Object> figures = (Map<String, Object>) results.get(longer);
            if (figures != null) {
                rows.add(row(longer + ".rru_ratio_10x_history", figures.get("rru_ratio_10x_history"), "≤ 1.5",
                        at(figures.get("rru_ratio_10x_history")) <= 1.5));
            }
        }
        rows.addAll(segmentRows((Map<String, Object>) results.get("segments")));
        rows.addAll(timingRows((Map<String, Object>) results.get("timing")));
        rows.addAll(campaignRows((Map<String, Object>) results.get("campaigns")));
        rows.addAll(cyclesRows((Map<String, Object>) results.get("cycles")));
        Map<String, Object> coldstart = (Map<String, Object>) results.get("coldstart");
        rows.addAll(coldStartRows(coldstart));
        rows.addAll(capacityRows((Map<String, Object>) results.get("peak"), (Map<String, Object>) results.get("capacity")));
        return markdown(rows);
    }

    /**
     * Cold starts as ratios of the same round (median, range): the first invocation to the SDK floor, the call after
     * priming to a warm call; the jar's size. Absolute times stay in latest.json, for reading, not for targets.
     */
    @SuppressWarnings("unchecked")
    static List<String[]> coldStartRows(Map<String, Object> coldstart) {
        List<String[]> rows = new ArrayList<>();
        coldstart.forEach((function, values) -> {
            Map<String, Object> v = (Map<String, Object>) values;
            rows.add(row("coldstart." + function + ".jar_mb", v.get("jar_mb"), "≤ 15", at(v.get("jar_mb")) <= 15));
            Object toFloor = v.get("first_invocation_ratio_to_floor");
            rows.add(row("coldstart." + function + ".first_invocation_ratio_to_floor",
                    toFloor + " (" + span(v.get("first_invocation_ratio_to_floor_range")) + ")",
                    "≤ " + ColdStartRatios.TARGET_TO_FLOOR, ColdStartRatios.meetsTarget(at(toFloor))));
            Object startUp = v.get("first_invocation_less_warm_call_ratio_to_floor");
            if (startUp != null) {
                rows.add(row("coldstart." + function + ".first_invocation_less_warm_call_ratio_to_floor",
                        startUp + " (" + span(v.get("first_invocation_less_warm_call_ratio_to_floor_range")) + ")",
                        null, null));
            }
            rows.add(row("coldstart." + function + ".after_priming_ratio_to_warm_call",
                    v.get("after_priming_ratio_to_warm_call") + " ("
                            + span(v.get("after_priming_ratio_to_warm_call_range")) + ")", null, null));
        });
        return rows;
    }

    /** The cold starts' rows alone, for {@code --coldstart-only}. */
    static String coldStartTable(Map<String, Object> coldstart) {
        return markdown(coldStartRows(coldstart));
    }

    private static String span(Object range) {
        List<?> bounds = (List<?>) range;
        return bounds.get(0) + "–" + bounds.get(1);
    }

    /** The chains phase's rows alone, for {@code --only-chains}. */
    @SuppressWarnings("unchecked")
    static String chainsTable(Map<String, Object> results) {
        return markdown(chainRows((Map<String, Object>) results.get("chains")));
    }

    /** The triggers phase's rows alone, for {@code --only-triggers}. */
    @SuppressWarnings("unchecked")
    static String triggersTable(Map<String, Object> results) {
        return markdown(triggerRows((Map<String, Object>) results.get("triggers")));
    }

    /**
     * Per trigger, the daily check's read units on ten times the customers, the same due: O(due), ≤ 1.1; and the
     * read units of a one-off recompute where the trigger has one.
     */
    @SuppressWarnings("unchecked")
    private static List<String[]> triggerRows(Map<String, Object> triggers) {
        List<String[]> rows = new ArrayList<>();
        triggers.forEach((trigger, figures) -> {
            Object ratio = ((Map<String, Object>) figures).get("check_rru_ratio_100k_vs_10k");
            rows.add(row("triggers." + trigger + ".check_rru_ratio_100k_vs_10k", ratio, "≤ 1.1", at(ratio) <= 1.1));
            // A one-off recompute reads every buyer of the group: it grows with them by design, so no target.
            ((Map<String, Object>) figures).forEach((figure, value) -> {
                if (figure.startsWith("recompute_rru_")) {
                    rows.add(row("triggers." + trigger + "." + figure, value, null, null));
                }
            });
        });
        return rows;
    }

    /**
     * The plan's evening peak as simulated (did the pipeline keep the pace, how long the stats took to catch up),
     * and the plan's limits, the nearest first: a share of 1 or more is a limit the plan hits.
     */
    @SuppressWarnings("unchecked")
    static List<String[]> capacityRows(Map<String, Object> peak, Map<String, Object> capacity) {
        List<String[]> rows = new ArrayList<>();
        if (peak != null) {
            Object kept = peak.get("kept_up_share");
            rows.add(row("peak.kept_up_share", kept + " (" + peak.get("posted_receipts_per_s") + " of "
                    + peak.get("target_receipts_per_s") + " receipts/s)", "≥ 0.95", at(kept) >= 0.95));
            rows.add(row("peak.stats_caught_up_seconds_after_last_receipt",
                    peak.get("stats_caught_up_seconds_after_last_receipt"), null, null));
            rows.add(row("peak.wru_per_receipt", peak.get("wru_per_receipt"), null, null));
        }
        if (capacity != null) {
            for (Map<String, Object> limit : (List<Map<String, Object>>) capacity.get("limits")) {
                rows.add(row("capacity: " + limit.get("limit"), limit.get("at_plan") + " of " + limit.get("of")
                        + " (share " + limit.get("share") + ")", null, null));
            }
        }
        return rows;
    }

    /** The segments phase's rows alone, for {@code --only-segments}. */
    @SuppressWarnings("unchecked")
    static String segmentsTable(Map<String, Object> results) {
        List<String[]> rows = new ArrayList<>(segmentRows((Map<String, Object>) results.get("segments")));
        rows.addAll(campaignRows((Map<String, Object>) results.get("campaigns")));
        return markdown(rows);
    }

    private static List<String[]> segmentRows(Map<String, Object> segments) {
        List<String[]> rows = new ArrayList<>();
        // Two eventually consistent scans: less than one 0.5-unit GetItem per customer.
        Object rru = segments.get("rru_per_customer");
        rows.add(row("segments.rru_per_customer", rru, "≤ 0.5", at(rru) <= 0.5));
        rows.add(row("segments.first_run_wru_per_customer", segments.get("first_run_wru_per_customer"), null, null));
        Object rerun = segments.get("rerun_scores_written");
        rows.add(row("segments.rerun_scores_written", rerun, "0", at(rerun) == 0));
        Object share = segments.get("first_run_share_of_timeout");
        rows.add(row("segments.first_run_share_of_timeout", share, "< 1", at(share) < 1));
        for (String projected : List.of("projected_max_invocation_share_of_timeout_10m_customers",
                "fill_projected_max_invocation_share_of_timeout_10m_customers")) {
            if (segments.containsKey(projected)) {
                rows.add(row("segments." + projected, segments.get(projected), "≤ 0.33",
                        at(segments.get(projected)) <= 0.33));
            }
        }
        if (segments.containsKey("stream_added_wru_per_sale")) {
            rows.add(row("segments.stream_wru_per_sale_20_segments_no_change",
                    segments.get("stream_wru_per_sale_20_segments_no_change"), null, null));
            Object added = segments.get("stream_added_wru_per_sale");
            rows.add(row("segments.stream_added_wru_per_sale", added, "≤ 1", at(added) <= 1));
            rows.add(row("segments.stream_added_rru_per_sale", segments.get("stream_added_rru_per_sale"), null, null));
            Object fill = segments.get("fill_rru_per_customer");
            rows.add(row("segments.fill_rru_per_customer", fill, "≤ 0.5", at(fill) <= 0.5));
            rows.add(row("segments.fill_wru_per_member_joined", segments.get("fill_wru_per_member_joined"), null,
                    null));
            Object check = segments.get("check_rru_ratio_100k_vs_10k");
            rows.add(row("segments.check_rru_ratio_100k_vs_10k", check, "≤ 1.1", at(check) <= 1.1));
        }
        return rows;
    }

    /** The timing job fanned out: its read units per customer, its slowest invocation at 10 million customers. */
    private static List<String[]> timingRows(Map<String, Object> timing) {
        List<String[]> rows = new ArrayList<>();
        if (timing == null) {
            return rows;
        }
        rows.add(row("timing.rru_per_customer", timing.get("rru_per_customer"), null, null));
        rows.add(row("timing.slice_seconds_max", timing.get("slice_seconds_max"), null, null));
        Object share = timing.get("projected_max_invocation_share_of_timeout_10m_customers");
        rows.add(row("timing.projected_max_invocation_share_of_timeout_10m_customers", share, "≤ 0.33",
                at(share) <= 0.33));
        return rows;
    }

    /** A campaign's start page by page: how many pages 100,000 members take, and the slowest page's time. */
    private static List<String[]> campaignRows(Map<String, Object> campaigns) {
        List<String[]> rows = new ArrayList<>();
        if (campaigns == null) {
            return rows;
        }
        rows.add(row("campaigns.pages_for_100k_members", campaigns.get("pages_for_100k_members"), null, null));
        // O(members): a campaign's start reads its list's members, page by page, not the customer base.
        rows.add(row("campaigns.rru_per_member", campaigns.get("rru_per_member"), null, null));
        rows.add(row("campaigns.max_page_ms", campaigns.get("max_page_ms"), null, null));
        Object share = campaigns.get("max_page_share_of_timeout");
        rows.add(row("campaigns.max_page_share_of_timeout", share, "< 1", at(share) < 1));
        Object projected = campaigns.get("projected_max_invocation_share_of_timeout_10m_customers");
        if (projected != null) {
            rows.add(row("campaigns.projected_max_invocation_share_of_timeout_10m_customers", projected, "≤ 0.33",
                    at(projected) <= 0.33));
        }
        return rows;
    }

    /** The cycles phase's rows alone, for {@code --only-cycles}. */
    @SuppressWarnings("unchecked")
    static String cyclesTable(Map<String, Object> results) {
        return markdown(cyclesRows((Map<String, Object>) results.get("cycles")));
    }

    /**
     * Per group of the sample shop, the learned cycle beside the generated receipts' own median (target: within
     * {@value #CYCLE_TOLERANCE_DAYS} days) and whether its evidence is enough (a one-off good must not have a cycle);
     * then the refill reminder's timing with the customer's own cycle and with the group's alone.
     */
    @SuppressWarnings("unchecked")
    private static List<String[]> cyclesRows(Map<String, Object> cycles) {
        List<String[]> rows = new ArrayList<>();
        cycles.forEach((key, value) -> {
            if (key.equals("sample_shop") || key.equals("refill_timing")) {
                return;
            }
            Map<String, Object> group = (Map<String, Object>) value;
            boolean cyclic = group.get("drawn_centre_days") != null;
            Object enough = group.get("enough_evidence");
            if (cyclic) {
                Object error = group.get("median_error_days");
                rows.add(row("cycles." + key + ".median_days", group.get("median_days") + " (true "
                        + group.get("true_median_days") + ", drawn around " + group.get("drawn_centre_days") + ")",
                        "true ± " + CYCLE_TOLERANCE_DAYS,
                        error != null && Math.abs(at(error)) <= CYCLE_TOLERANCE_DAYS && Boolean.TRUE.equals(enough)));
            } else {
                rows.add(row("cycles." + key + ".enough_evidence", enough + " (" + group.get("intervals")
                        + " intervals)", "false", Boolean.FALSE.equals(enough)));
            }
        });
        Map<String, Object> timing = (Map<String, Object>) cycles.get("refill_timing");
        for (String rule : List.of("personal", "group_median_only")) {
            Map<String, Object> figures = (Map<String, Object>) timing.get(rule);
            figures.forEach((name, value) -> rows.add(row("cycles.refill_timing." + rule + "." + name, value, null,
                    null)));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<String[]> chainRows(Map<String, Object> chains) {
        List<String[]> rows = new ArrayList<>();
        Object ratio = chains.get("check_rru_ratio_100k_vs_10k");
        rows.add(row("chains.check_rru_ratio_100k_vs_10k", ratio, "≤ 1.1", at(ratio) <= 1.1));
        // A share of a Lambda timeout at 1 or more is a run that Lambda would have cut short.
        Object check = chains.get("check_100k_due_share_of_timeout");
        rows.add(row("chains.check_100k_due_share_of_timeout", check, "< 1", at(check) < 1));
        Object batch = chains.get("worker_slowest_batch_share_of_timeout");
        rows.add(row("chains.worker_slowest_batch_share_of_timeout", batch, "< 1", at(batch) < 1));
        rows.add(row("chains.touches_per_s", chains.get("touches_per_s"), null, null));
        rows.add(row("chains.touches_ratio_to_raw_putitem", chains.get("touches_ratio_to_raw_putitem"), null, null));
        rows.add(row("chains.usd_per_1000_touches_platform", chains.get("usd_per_1000_touches_platform"), null, null));
        rows.add(row("chains.usd_per_1000_touches_messages", chains.get("usd_per_1000_touches_messages"), null, null));
        Object wru = ((Map<String, Object>) chains.get("inputs")).get("wru_per_touch");
        rows.add(row("chains.inputs.wru_per_touch", wru, "≤ 8", at(wru) <= 8));
        return rows;
    }

    private static String markdown(List<String[]> rows) {
        StringBuilder out = new StringBuilder("| measure | value | target | met |\n|---|---|---|---|\n");
        rows.forEach(r -> out.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return out.toString();
    }

    private static double at(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String[] row(String name, Object value, String target, Boolean met) {
        return new String[]{"`" + name + "`", String.valueOf(value), target == null ? "" : target,
                met == null ? "" : met ? "yes" : "**no**"};
    }
}
