package io.winback.log;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A count carried by a log line in CloudWatch's embedded metric format: CloudWatch Logs turns the line into a data
 * point of metric {@code name} in namespace {@link #NAMESPACE}, dimension {@code Function}, with no agent or API
 * call, so an alarm can watch it (template.yaml). Append {@link #count}'s fields to a {@link JsonLog} line.
 */
public final class EmbeddedMetric {
    public static final String NAMESPACE = "Winback";

    private EmbeddedMetric() {
    }

    /** The fields that make a log line also count {@code value} of {@code name} for {@code function} at {@code at}. */
    public static Object[] count(String name, long value, String function, Instant at) {
        Map<String, Object> directive = Map.of("Namespace", NAMESPACE, "Dimensions", List.of(List.of("Function")),
                "Metrics", List.of(Map.of("Name", name, "Unit", "Count")));
        return new Object[] {"_aws", Map.of("Timestamp", at.toEpochMilli(), "CloudWatchMetrics", List.of(directive)),
                "Function", function, name, value};
    }
}
