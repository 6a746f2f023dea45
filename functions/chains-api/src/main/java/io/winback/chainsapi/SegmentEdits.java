package io.winback.chainsapi;

import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.WorkQueue;
import io.winback.http.ApiReply;
import io.winback.json.segment.ParsedSegment;
import io.winback.json.segment.SegmentCreation;
import io.winback.json.segment.SegmentDefinitionJson;
import io.winback.log.JsonLog;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentConfigurationStore;
import io.winback.segment.SegmentDefinition;
import io.winback.segment.SegmentFill;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;

/**
 * {@code POST /v1/segments}, {@code PUT} and {@code DELETE /v1/segments/{id}}: each edit stores the next version of the
 * definitions (every mistake answered at once, 400; an edit on top of a version of the segment no longer current,
 * 409), then queues the fill that evaluates every customer against it once, in pages, in the background; a segment
 * another segment or a campaign names cannot be deleted (409).
 */
final class SegmentEdits {
    static final BodyLimit BODY = new BodyLimit(64 * 1024, "a segment definition");
    private static final JsonLog LOG = JsonLog.forClass(SegmentEdits.class);

    private final SegmentConfigurationStore store;
    private final SegmentFill fill;
    private final WorkQueue queue;
    private final SegmentsDocument document;
    private final Function<String, List<String>> usedBy;
    private final Clock clock;
    private final SegmentCreation creation;

    /** @param usedBy the campaigns and chains that name a segment, by id (none: the segment may go) */
    SegmentEdits(SegmentConfigurationStore store, SegmentFill fill, WorkQueue queue, SegmentsDocument document,
                 Function<String, List<String>> usedBy, Clock clock) {
        this.store = store;
        this.fill = fill;
        this.queue = queue;
        this.document = document;
        this.usedBy = usedBy;
        this.clock = clock;
        this.creation = new SegmentCreation(store, fill, queue, clock);
    }

    ApiReply create(String body) {
        Optional<ApiReply> tooLarge = BODY.refuse(body);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        return reply(creation.create(body), 201);
    }

    ApiReply replace(String segmentId, String body) {
        Optional<ApiReply> tooLarge = BODY.refuse(body);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        SegmentConfiguration current = store.current();
        return switch (SegmentDefinitionJson.read(body, current, segmentId, SegmentsDocument.COMPUTED)) {
            case ParsedSegment.Invalid invalid -> ApiReply.errors(400, invalid.errors());
            case ParsedSegment.Valid valid -> {
                Integer inForce = current.find(segmentId).map(SegmentDefinition::version).orElse(null);
                if (valid.basedOn() != null && !valid.basedOn().equals(inForce)) {
                    yield ApiReply.error(409, "version", "this change was made on version " + valid.basedOn()
                            + " of the segment, but " + (inForce == null ? "it does not exist any more"
                            : "version " + inForce + " is current") + "; GET /v1/segments/" + segmentId
                            + ", make the change there and send it again");
                }
                yield reply(creation.store(current, current.with(valid.definition()), segmentId),
                        inForce == null ? 201 : 200);
            }
        };
    }

    ApiReply delete(String segmentId) {
        SegmentConfiguration current = store.current();
        if (current.find(segmentId).isEmpty()) {
            return ApiReply.error(404, "segmentId", "there is no segment '" + segmentId + "'");
        }
        List<String> users = new java.util.ArrayList<>(current.referencing(segmentId).stream()
                .map(id -> "segment " + id).toList());
        users.addAll(usedBy.apply(segmentId));
        if (!users.isEmpty()) {
            return ApiReply.error(409, "segmentId", "segment '" + segmentId + "' is in use by "
                    + String.join(", ", users) + "; change or delete those first");
        }
        SegmentConfiguration stored;
        try {
            stored = store.storeNext(current.without(segmentId), current.version());
        } catch (ChainConfigurationStore.ConcurrentChangeException lost) {
            return concurrent();
        }
        // The fill takes the segment out of its members' records, and its count and members with it.
        queue.sendAll(fill.start(stored, clock.instant()));
        LOG.info("segment_deleted", "segment", segmentId, "version", stored.version());
        return new ApiReply(204, "", java.util.Map.of());
    }

    /** The API's words for what a create or an edit came to: the segment as GET shows it, or why not. */
    private ApiReply reply(SegmentCreation.Outcome outcome, int status) {
        return switch (outcome) {
            case SegmentCreation.Refused refused -> ApiReply.errors(400, refused.errors());
            case SegmentCreation.Taken taken -> ApiReply.error(409, "id", "a segment '" + taken.segmentId()
                    + "' exists already; PUT /v1/segments/" + taken.segmentId() + " to change it");
            case SegmentCreation.Lost lost -> concurrent();
            case SegmentCreation.Stored stored -> {
                ApiReply reply = ApiReply.ok(document.of(stored.configuration(), stored.segment()));
                yield new ApiReply(status, reply.body(), reply.headers());
            }
        };
    }

    private static ApiReply concurrent() {
        return ApiReply.error(409, "version", "another change to the segments was stored a moment ago; GET "
                + "/v1/segments, make the change there and send it again");
    }

}
