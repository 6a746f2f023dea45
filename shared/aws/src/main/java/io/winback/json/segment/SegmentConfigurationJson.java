package io.winback.json.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.json.Fields;
import io.winback.json.Json;
import io.winback.json.JsonPaths;
import io.winback.segment.Condition;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentDefinition;
import io.winback.segment.SegmentOrder;
import io.winback.validation.FieldError;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every segment as one stored document per configuration version:
 * {@code {"version": 4, "segments": [<each as SegmentDefinitionJson writes it, with its own version>]}}, in the
 * evaluation order. Read back with the same condition reader as requests, so what is stored is what was checked;
 * a stored document that does not read is a bug, not a request to answer, and throws.
 */
public final class SegmentConfigurationJson {
    private SegmentConfigurationJson() {
    }

    public static ObjectNode toTree(SegmentConfiguration configuration) {
        ObjectNode root = Json.objectNode();
        root.put("version", configuration.version());
        ArrayNode segments = root.putArray("segments");
        configuration.segments().forEach(segment -> segments.add(SegmentDefinitionJson.toTree(segment)));
        return root;
    }

    public static String toJson(SegmentConfiguration configuration) {
        return Json.write(toTree(configuration));
    }

    /** @throws IllegalStateException when the stored document does not read (with every reason) */
    public static SegmentConfiguration read(String stored) {
        try {
            return read(Json.readTree(stored));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SegmentConfiguration read(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        Fields fields = new Fields(errors);
        Integer version = fields.wholeNumber(root.get("version"), "version", 0, Integer.MAX_VALUE, "the version");
        JsonNode list = root.get("segments");
        Set<String> ids = new HashSet<>();
        if (list != null && list.isArray()) {
            list.forEach(segment -> ids.add(segment.path("id").asText()));
        } else {
            fields.error("segments", "must be a list");
        }
        ConditionReader conditions = new ConditionReader(fields, ids);
        List<SegmentDefinition> segments = new ArrayList<>();
        for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
            JsonNode node = list.get(i);
            String path = JsonPaths.index("segments", i);
            String id = fields.requiredText(node, "id", JsonPaths.field(path, "id"), SegmentDefinitionReader.MAX_ID_LENGTH);
            String name = fields.requiredText(node, "name", JsonPaths.field(path, "name"),
                    SegmentDefinitionReader.MAX_NAME_LENGTH);
            Integer segmentVersion = fields.wholeNumber(node.get("version"), JsonPaths.field(path, "version"), 0,
                    Integer.MAX_VALUE, "the version");
            boolean isStatic = SegmentDefinitionReader.STATIC.equals(node.path("type").asText());
            Condition condition = isStatic ? null : conditions.read(node.get("conditions"),
                    JsonPaths.field(path, "conditions"));
            if (id != null && name != null && segmentVersion != null && (isStatic || condition != null)) {
                segments.add(new SegmentDefinition(id, name, segmentVersion, condition));
            }
        }
        if (!errors.isEmpty() || version == null) {
            throw new IllegalStateException("the stored segment configuration does not read: " + errors);
        }
        return new SegmentConfiguration(SegmentOrder.of(segments), version);
    }
}
