package io.winback.chainsapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.json.Json;
import io.winback.json.segment.SegmentDefinitionJson;
import io.winback.segment.FillProgress;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentDefinition;
import io.winback.segment.SegmentMembers;

import java.time.Clock;
import java.util.Set;

/**
 * A segment as {@code GET /v1/segments} shows it: the definition as it is written (so a PUT of it back changes
 * nothing), and what is computed: {@code members} (how many now), {@code asOf} (when counted) and {@code fill} (how
 * far the evaluation of everyone against this version of the definitions has come; the count is final once done).
 */
final class SegmentsDocument {
    /** Fields a GET answer adds that a PUT of it sends back: ignored on the way in. */
    static final Set<String> COMPUTED = Set.of("members", "asOf", "fill");

    private final SegmentMembers members;
    private final FillProgress fills;
    private final Clock clock;

    SegmentsDocument(SegmentMembers members, FillProgress fills, Clock clock) {
        this.members = members;
        this.fills = fills;
        this.clock = clock;
    }

    ObjectNode list(SegmentConfiguration configuration) {
        ObjectNode root = Json.objectNode();
        root.put("version", configuration.version());
        ObjectNode fill = fill(configuration);
        var segments = root.putArray("segments");
        configuration.segments().forEach(segment -> segments.add(one(segment, fill)));
        return root;
    }

    ObjectNode of(SegmentConfiguration configuration, SegmentDefinition segment) {
        return one(segment, fill(configuration));
    }

    private ObjectNode one(SegmentDefinition segment, ObjectNode fill) {
        ObjectNode node = SegmentDefinitionJson.toTree(segment);
        node.put("members", members.count(segment.id()));
        node.put("asOf", clock.instant().toString());
        node.set("fill", fill);
        return node;
    }

    private ObjectNode fill(SegmentConfiguration configuration) {
        FillProgress.Progress progress = fills.of(configuration.version());
        ObjectNode fill = Json.objectNode();
        fill.put("state", progress.done() ? "done" : progress.parts() == 0 ? "not-started" : "filling");
        fill.put("definitionsVersion", configuration.version());
        fill.put("customersEvaluated", progress.evaluated());
        fill.put("partsDone", progress.partsDone());
        fill.put("parts", progress.parts());
        if (progress.startedAt() != null) {
            fill.put("startedAt", progress.startedAt().toString());
        }
        if (progress.finishedAt() != null) {
            fill.put("finishedAt", progress.finishedAt().toString());
        }
        return fill;
    }
}
