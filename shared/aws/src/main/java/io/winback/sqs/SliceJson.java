package io.winback.sqs;

import io.winback.fanout.Slice;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/** Slices as queue message bodies. */
public final class SliceJson {
    private SliceJson() {
    }

    public static String write(Slice slice) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job", slice.job());
        body.put("run", slice.run());
        body.put("pass", slice.pass());
        body.put("segment", slice.segment());
        body.put("segments", slice.segments());
        body.put("seq", slice.seq());
        body.put("cursor", slice.cursor());
        return Json.write(body);
    }

    /** Reads a body written by {@link #write}; anything else is an {@link IllegalArgumentException}. */
    public static Slice read(String body) {
        try {
            JsonNode node = Json.readTree(body);
            return new Slice(node.path("job").asText(null), node.path("run").asText(null), node.path("pass").asInt(),
                    node.path("segment").asInt(), node.path("segments").asInt(), node.path("seq").asInt(),
                    node.path("cursor").isNull() ? null : node.path("cursor").asText(null));
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable slice: " + e.getMessage(), e);
        }
    }
}
