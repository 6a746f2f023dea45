package io.winback.segments;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The small JSON helpers the job's partials and states are written with (histograms as objects); they are read back
 * by {@code Json.readOwn}.
 */
final class PartialJson {
    private PartialJson() {
    }

    static <V> Map<String, Object> histogram(Map<Long, V> counts) {
        Map<String, Object> out = new LinkedHashMap<>();
        counts.forEach((value, count) -> out.put(Long.toString(value), count instanceof BigDecimal d
                ? d.toPlainString() : count));
        return out;
    }

    static void eachLong(JsonNode histogram, BiConsumer<Long, Long> each) {
        histogram.fields().forEachRemaining(e -> each.accept(Long.parseLong(e.getKey()), e.getValue().asLong()));
    }

    static void eachDecimal(JsonNode histogram, BiConsumer<Long, BigDecimal> each) {
        histogram.fields().forEachRemaining(e -> each.accept(Long.parseLong(e.getKey()),
                new BigDecimal(e.getValue().asText())));
    }

    static Long orNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asLong();
    }
}
