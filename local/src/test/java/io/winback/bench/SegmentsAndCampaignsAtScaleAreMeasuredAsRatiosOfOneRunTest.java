package io.winback.bench;

import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The segments-at-scale phase at a tiny size: 200 sales on the stream with and without 20 segments, a fill over 300
 * customers, flip days of 10 due among 200 and then 2,000 customers, a campaign to 400 members. Each figure is there
 * and computed from what was measured: the stream's added units are the difference of its two runs, the check queued
 * the due ones alone and read the same on ten times the base, the campaign entered every member.
 */
class SegmentsAndCampaignsAtScaleAreMeasuredAsRatiosOfOneRunTest {

    @Test
    void everyFigureIsMeasuredAndEachRatioComputedFromItsParts() throws Exception {
        SegmentScaleBench.Figures figures = new SegmentScaleBench(new SegmentScaleBench.FreshDynamo() {
            @Override
            public DynamoDbClient fresh() {
                return LocalDynamo.client();
            }

            @Override
            public DynamoDbStreamsClient streams() {
                return LocalDynamo.streams();
            }
        }, new SegmentScaleBench.Sizes(200, 300, 400, 10, 200, 2_000)).measure();
        Map<String, Object> segments = figures.segments();

        double with = number(segments, "stream_wru_per_sale_20_segments_no_change");
        double without = number(segments, "stream_wru_per_sale_no_segments");
        assertTrue(without > 0, "the sales were written and their customers updated: " + segments);
        assertEquals(with - without, number(segments, "stream_added_wru_per_sale"), 0.002);
        assertTrue(number(segments, "stream_added_rru_per_sale") > 0,
                "each sale's customer is evaluated against the segments, which reads their memberships: " + segments);

        assertEquals(300, segments.get("fill_customers"));
        assertTrue(number(segments, "fill_rru_per_customer") > 0, segments.toString());
        assertTrue(number(segments, "fill_members_joined") > 0, segments.toString());

        assertEquals(10, segments.get("check_items_queued"));
        double ratio = number(segments, "check_rru_ratio_100k_vs_10k");
        assertEquals(number(segments, "check_rru_100k") / number(segments, "check_rru_10k"), ratio, 0.01);
        assertTrue(ratio <= 1.1, "the check's reads grew with the base: " + segments);

        Map<String, Object> campaigns = figures.campaigns();
        assertEquals(400, campaigns.get("campaign_members"));
        int pages = (int) campaigns.get("pages");
        assertTrue(pages >= 16, "a page per shard at least: " + campaigns);
        assertEquals(400.0 / pages, number(campaigns, "members_per_page_avg"), 0.001);
        int perPage = (int) campaigns.get("members_per_full_page");
        assertEquals(16 * (int) Math.ceil(100_000 / 16.0 / perPage), campaigns.get("pages_for_100k_members"));
        assertTrue(number(campaigns, "max_page_ms") > 0);

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("segments", withRfmFigures(segments));
        results.put("campaigns", campaigns);
        String table = BenchReport.segmentsTable(results);
        assertTrue(table.contains("| `segments.stream_added_wru_per_sale` | "), table);
        assertTrue(table.contains("| `campaigns.pages_for_100k_members` | " + campaigns.get("pages_for_100k_members")),
                table);
    }

    /** The RFM job's figures the segments table also shows (measured by its own bench, not here). */
    private static Map<String, Object> withRfmFigures(Map<String, Object> segments) {
        Map<String, Object> all = new LinkedHashMap<>(segments);
        all.put("rru_per_customer", 0.1);
        all.put("first_run_wru_per_customer", 0.5);
        all.put("rerun_scores_written", 0);
        all.put("first_run_share_of_timeout", 0.01);
        return all;
    }

    private static double number(Map<String, Object> figures, String name) {
        return ((Number) figures.get(name)).doubleValue();
    }
}
