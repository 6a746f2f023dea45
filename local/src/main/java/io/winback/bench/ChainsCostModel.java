package io.winback.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cost of 1,000 reactivation touches, from one measured day of chains: the daily check's and the worker's
 * DynamoDB units, their Lambda requests and GB-seconds (the check once a day, shared by that day's touches), the
 * SQS requests between them, and apart from all that the messages themselves at the providers' prices. Prices as
 * in {@link CostModel}; SQS standard queue requests at $0.40 per million.
 */
final class ChainsCostModel {
    static final double SQS_PER_MILLION_REQUESTS = 0.40;
    /** SendMessageBatch carries 10 entries at most; the worker's event source mapping delivers batches of 10. */
    static final int SQS_BATCH = 10;

    private ChainsCostModel() {
    }

    /**
     * What one measured day asked of AWS.
     *
     * @param touches       touches decided that day (sent, held out or skipped for want of consent)
     * @param itemsQueued   work items the check put on the queue
     * @param checkMs       the check's one invocation
     * @param workerBatches worker invocations, one per SQS batch
     * @param smsParts      SMS parts sent (a long or Cyrillic text is billed per part)
     */
    record Day(int touches, int itemsQueued, double checkRru, double checkWru, double checkMs,
               double workerRru, double workerWru, int workerBatches, double workerAverageMs,
               int smsParts, int emails) {
    }

    static Map<String, Object> per1000Touches(Day day, MessagePrices prices) {
        double scale = 1000.0 / day.touches();
        double gbSecond = CostModel.FUNCTION_MEMORY_GB * CostModel.LAMBDA_PER_GB_SECOND_ARM64;
        double sendBatches = Math.ceil(day.itemsQueued() / (double) SQS_BATCH);
        // Each worker batch is one ReceiveMessage (by the event source mapping) and one DeleteMessageBatch.
        double sqsRequests = sendBatches + 2.0 * day.workerBatches();

        Map<String, Double> platform = new LinkedHashMap<>();
        platform.put("dynamodb_writes", (day.checkWru() + day.workerWru()) * scale * CostModel.DYNAMODB_PER_MILLION_WRU / 1e6);
        platform.put("dynamodb_reads", (day.checkRru() + day.workerRru()) * scale * CostModel.DYNAMODB_PER_MILLION_RRU / 1e6);
        platform.put("lambda_worker_requests", day.workerBatches() * scale * CostModel.LAMBDA_PER_MILLION_REQUESTS / 1e6);
        platform.put("lambda_worker_gb_seconds", day.workerBatches() * scale * day.workerAverageMs() / 1000 * gbSecond);
        platform.put("lambda_check_requests", scale * CostModel.LAMBDA_PER_MILLION_REQUESTS / 1e6);
        platform.put("lambda_check_gb_seconds", scale * day.checkMs() / 1000 * gbSecond);
        platform.put("sqs_requests", sqsRequests * scale * SQS_PER_MILLION_REQUESTS / 1e6);
        Map<String, Double> messages = new LinkedHashMap<>();
        messages.put("sms", day.smsParts() * scale * prices.usdPerSmsPart());
        messages.put("email", day.emails() * scale * prices.usdPerEmail());

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("usd_per_1000_touches_platform", round(sum(platform)));
        out.put("usd_per_1000_touches_messages", round(sum(messages)));
        out.put("platform_terms_usd", rounded(platform));
        out.put("message_terms_usd", rounded(messages));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("touches", day.touches());
        inputs.put("wru_per_touch", Benchmark.round((day.checkWru() + day.workerWru()) / day.touches()));
        inputs.put("rru_per_touch", Benchmark.round((day.checkRru() + day.workerRru()) / day.touches()));
        inputs.put("worker_invocations", day.workerBatches());
        inputs.put("worker_avg_ms", Benchmark.round(day.workerAverageMs()));
        inputs.put("check_ms", Benchmark.round(day.checkMs()));
        inputs.put("sqs_requests", sqsRequests);
        inputs.put("sms_parts", day.smsParts());
        inputs.put("emails", day.emails());
        inputs.put("usd_per_sms_part", prices.usdPerSmsPart());
        inputs.put("usd_per_email", prices.usdPerEmail());
        out.put("inputs", inputs);
        return out;
    }

    private static double sum(Map<String, Double> terms) {
        return terms.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static Map<String, Object> rounded(Map<String, Double> terms) {
        Map<String, Object> out = new LinkedHashMap<>();
        terms.forEach((name, usd) -> out.put(name, round(usd)));
        return out;
    }

    /** To a tenth of a micro-dollar: a thousand touches cost cents, and their smallest terms fractions of one. */
    static double round(double usd) {
        return Math.round(usd * 1e7) / 1e7;
    }
}
