package io.winback.json.segment;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.PurchaseBand;
import io.winback.json.Fields;
import io.winback.segment.Condition;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentDefinition;
import io.winback.segment.SegmentOrder;
import io.winback.validation.FieldError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads one segment definition against the configuration it is to join, checking every rule
 * {@link SegmentDefinitionJson} lists and collecting every broken one. One instance reads one definition.
 */
final class SegmentDefinitionReader {
    static final int MAX_ID_LENGTH = 64;
    static final int MAX_NAME_LENGTH = 200;
    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    static final String DYNAMIC = "dynamic";
    static final String STATIC = "static";

    private static final Set<String> FIELDS = Fields.ordered("id", "name", "type", "version", "conditions");

    private final List<FieldError> errors = new ArrayList<>();
    private final Fields fields = new Fields(errors);
    private final SegmentConfiguration current;
    private final Set<String> ignored;

    /** @param ignored fields a GET answer carries back that a PUT ignores (member counts and the like) */
    SegmentDefinitionReader(SegmentConfiguration current, Set<String> ignored) {
        this.current = current;
        this.ignored = ignored;
    }

    /** @param pathId the id the request's path names (null: the body must name it) */
    ParsedSegment read(JsonNode root, String pathId) {
        if (root == null || !root.isObject()) {
            fields.error("body", "must be a JSON object with the segment's id, name and conditions");
            return new ParsedSegment.Invalid(errors);
        }
        Set<String> known = new LinkedHashSet<>(FIELDS);
        known.addAll(ignored);
        fields.rejectUnknown(root, "", known);
        String id = id(root, pathId);
        String name = fields.requiredText(root, "name", "name", MAX_NAME_LENGTH);
        Integer basedOn = Fields.absent(root.get("version")) ? null
                : fields.wholeNumber(root.get("version"), "version", 0, Integer.MAX_VALUE, "the version you edited");
        String type = type(root);
        Condition conditions = null;
        if (DYNAMIC.equals(type)) {
            Set<String> segments = new HashSet<>();
            current.segments().forEach(s -> segments.add(s.id()));
            if (id != null) {
                segments.add(id);
            }
            ConditionReader reader = new ConditionReader(fields, segments);
            conditions = reader.read(root.get("conditions"), "conditions");
            if (conditions != null && id != null) {
                refuseCycle(new SegmentDefinition(id, id, 0, conditions), reader);
            }
        } else if (STATIC.equals(type) && !Fields.absent(root.get("conditions"))) {
            fields.error("conditions", "a static list has no conditions: its members are set by id list or CSV");
        }
        if (!errors.isEmpty()) {
            return new ParsedSegment.Invalid(errors);
        }
        return new ParsedSegment.Valid(new SegmentDefinition(id, name, 0, conditions), basedOn);
    }

    private String id(JsonNode root, String pathId) {
        if (pathId != null && Fields.absent(root.get("id"))) {
            return validId(pathId, "id") ? pathId : null;
        }
        String id = fields.requiredText(root, "id", "id", MAX_ID_LENGTH);
        if (id == null || !validId(id, "id")) {
            return null;
        }
        if (pathId != null && !pathId.equals(id)) {
            fields.error("id", "must be the id the path names, " + pathId + ": a segment's id does not change");
            return null;
        }
        return id;
    }

    /**
     * Lower-case letters, digits and '-', as the API's paths and the membership keys take them; never a band's label
     * ({@code 1}, {@code 2-3}), which chains name in the same place as a segment.
     */
    private boolean validId(String id, String path) {
        if (!id.matches(ID_PATTERN)) {
            fields.error(path, "must be 1 to 64 lower-case letters, digits and '-', starting with a letter or digit");
            return false;
        }
        if (Arrays.stream(PurchaseBand.values()).anyMatch(band -> band.label().equalsIgnoreCase(id))) {
            fields.error(path, id + " is a band's label, which chains name where they name a segment; choose another");
            return false;
        }
        return true;
    }

    private String type(JsonNode root) {
        JsonNode node = root.get("type");
        if (Fields.absent(node)) {
            return DYNAMIC;
        }
        if (!node.isTextual() || !Set.of(DYNAMIC, STATIC).contains(node.asText())) {
            fields.error("type", "must be dynamic (members are whoever meets the conditions; when absent) or static "
                    + "(members set by id list or CSV)");
            return null;
        }
        return node.asText();
    }

    /** The definition must not make segments name each other round a cycle; the error points where it names one. */
    private void refuseCycle(SegmentDefinition definition, ConditionReader reader) {
        List<SegmentDefinition> after = Stream.concat(
                current.segments().stream().filter(s -> !s.id().equals(definition.id())), Stream.of(definition))
                .toList();
        Optional<List<String>> cycle = SegmentOrder.cycle(after);
        cycle.filter(ids -> ids.contains(definition.id())).ifPresent(ids -> {
            int at = ids.indexOf(definition.id());
            String named = ids.get(at + 1);
            fields.error(reader.namedAt().getOrDefault(named, "conditions"), "naming " + named
                    + " would make segments name each other round a cycle: " + String.join(" → ", rotated(ids, at)));
        });
    }

    /** The cycle told from this definition: a → b → a rather than b → a → b. */
    private static List<String> rotated(List<String> cycle, int from) {
        List<String> ring = cycle.subList(0, cycle.size() - 1);
        List<String> told = new ArrayList<>();
        for (int i = 0; i <= ring.size(); i++) {
            told.add(ring.get((from + i) % ring.size()));
        }
        return told;
    }
}
