package io.winback.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The capacity plan is arithmetic on one run's figures: these are made up, round, so each result can be worked out
 * by hand. A chain of 10 million customers on the default SMS spend limit meets that limit first; a receipt's named
 * units at the plan's peak rate give the byDay partition's share; a figure missing from the run stops the plan.
 */
class TheCapacityPlanSaysWhichLimitAChainMeetsFirstTest {

    @Test
    @SuppressWarnings("unchecked")
    void theDefaultSmsSpendLimitComesFirstAndTheByDayPartitionIsFarFromItsLimit() {
        Map<String, Object> plan = new CapacityPlan(figures()).compute();

        List<Map<String, Object>> limits = (List<Map<String, Object>>) plan.get("limits");
        assertTrue(((String) limits.getFirst().get("limit")).startsWith("SNS monthly SMS spend limit"));
        // 300,000 touches a day × 0.5 SMS part each × $0.05 × 30.4 days = $228,000 a month against $1.
        assertEquals(228_000.0, (double) limits.getFirst().get("at_plan"), 0.01);
        Map<String, Object> byDay = limits.stream().filter(l -> ((String) l.get("limit")).contains("byDay"))
                .findFirst().orElseThrow();
        // One unit per receipt at 1,000,000 a day × 5 / 86,400 s = 57.87 a second, of 1,000.
        assertEquals(0.058, (double) byDay.get("share"), 0.0005);
        Map<String, Object> ses = limits.stream().filter(l -> ((String) l.get("limit")).startsWith("SES daily"))
                .findFirst().orElseThrow();
        assertEquals(60_000.0, (double) ses.get("at_plan"), 0.01); // 300,000 × 0.2 emails a touch
        for (int i = 1; i < limits.size(); i++) {
            assertTrue((double) limits.get(i - 1).get("share") >= (double) limits.get(i).get("share"),
                    "the nearest limit first");
        }
        Map<String, Object> atPeak = (Map<String, Object>) plan.get("at_peak");
        // Receipts: 4 units × 57.87 a second; touches: 8 units × 300,000 / 43,200 s.
        assertEquals(4 * 57.87 + 8 * 6.944, (double) atPeak.get("wru_per_s"), 0.05);
    }

    @Test
    void aPlanWithoutThePeakPhaseSaysWhatItNeeds() {
        Map<String, Object> figures = new java.util.HashMap<>(figures());
        figures.remove("peak");
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new CapacityPlan(figures).compute());
        assertTrue(missing.getMessage().contains("peak"), missing.getMessage());
    }

    private static Map<String, Object> figures() {
        return Map.of(
                "raw", Map.of("sale_json_bytes", 400),
                "peak", Map.of("wru_per_receipt", 4.0, "rru_per_receipt", 0.5, "ingest_concurrency_at_peak", 2.0,
                        "wru_per_receipt_by_table", Map.of("sales", 1.0, "sales/byDay", 1.0,
                                "sales/byCustomer", 1.0, "customers", 1.0)),
                "segments", Map.of("stream_added_wru_per_sale", 0.0, "stream_added_rru_per_sale", 0.0,
                        "rru_per_customer", 0.2),
                "chains", Map.of("inputs", Map.of("wru_per_touch", 8.0, "rru_per_touch", 4.0, "touches", 1000,
                                "sms_parts", 500, "emails", 200, "usd_per_sms_part", 0.05),
                        "usd_per_1000_touches_platform", 0.01,
                        "platform_terms_usd", Map.of("dynamodb_writes", 0.005, "dynamodb_reads", 0.001)),
                "cost", Map.of("usd_per_million_sales_batch1", 3.0,
                        "batch1", Map.of("terms_usd", Map.of("dynamodb_writes", 2.0, "dynamodb_reads", 0.01))));
    }
}
