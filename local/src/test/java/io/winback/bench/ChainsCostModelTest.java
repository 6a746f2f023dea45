package io.winback.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chains' cost arithmetic, checked by hand on round numbers so a slip in a price or a unit shows. */
class ChainsCostModelTest {
    private static final double MICRO_CENT = 1e-7;

    @Test
    @SuppressWarnings("unchecked")
    void aThousandTouchesCostWhatTheTermsAddUpTo() {
        // 1,000 touches (so every term is already per 1,000), 1,000 items queued, 100 worker batches of 500 ms,
        // a check of 2 s; 700 SMS of 2 parts and 200 emails.
        var day = new ChainsCostModel.Day(1_000, 1_000, 16, 0, 2_000, 10_000, 20_000, 100, 500, 1_400, 200);

        Map<String, Object> cost = ChainsCostModel.per1000Touches(day, new MessagePrices(0.05, 0.0001));

        Map<String, Object> terms = (Map<String, Object>) cost.get("platform_terms_usd");
        assertEquals(0.0125, (double) terms.get("dynamodb_writes"), MICRO_CENT, "20,000 write units at $0.625 per million");
        assertEquals(0.001252, (double) terms.get("dynamodb_reads"), MICRO_CENT, "10,016 read units at $0.125 per million");
        assertEquals(0.00002, (double) terms.get("lambda_worker_requests"), MICRO_CENT, "100 invocations at $0.20 per million");
        assertEquals(0.0006667, (double) terms.get("lambda_worker_gb_seconds"), MICRO_CENT, "100 × 0.5 s × 1 GB × $0.0000133334");
        assertEquals(0.0000002, (double) terms.get("lambda_check_requests"), MICRO_CENT, "one invocation at $0.20 per million");
        assertEquals(0.0000267, (double) terms.get("lambda_check_gb_seconds"), MICRO_CENT, "2 s × 1 GB × $0.0000133334");
        assertEquals(0.00012, (double) terms.get("sqs_requests"), MICRO_CENT,
                "100 SendMessageBatch + 100 ReceiveMessage + 100 DeleteMessageBatch at $0.40 per million");
        assertEquals(0.0145855, (double) cost.get("usd_per_1000_touches_platform"), MICRO_CENT);

        Map<String, Object> messages = (Map<String, Object>) cost.get("message_terms_usd");
        assertEquals(70.0, (double) messages.get("sms"), MICRO_CENT, "1,400 parts at $0.05");
        assertEquals(0.02, (double) messages.get("email"), MICRO_CENT, "200 emails at $0.0001");
        assertEquals(70.02, (double) cost.get("usd_per_1000_touches_messages"), MICRO_CENT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDailyCheckIsSharedByTheDaysTouches() {
        // 4,000 touches: one check invocation is a quarter of one per 1,000; 25 items make 3 SendMessageBatch.
        var day = new ChainsCostModel.Day(4_000, 25, 0, 0, 4_000, 0, 0, 0, 0, 0, 0);

        Map<String, Object> terms = (Map<String, Object>) ChainsCostModel
                .per1000Touches(day, new MessagePrices(0.05, 0.0001)).get("platform_terms_usd");

        assertEquals(0.00000005, (double) terms.get("lambda_check_requests"), MICRO_CENT);
        assertEquals(0.0000133, (double) terms.get("lambda_check_gb_seconds"), MICRO_CENT, "4 s × 1 GB / 4");
        assertEquals(0.0000003, (double) terms.get("sqs_requests"), MICRO_CENT, "3 requests / 4 × $0.40 per million");
    }
}
