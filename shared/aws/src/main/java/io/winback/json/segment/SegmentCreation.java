package io.winback.json.segment;

import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.WorkQueue;
import io.winback.log.JsonLog;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentConfigurationStore;
import io.winback.segment.SegmentDefinition;
import io.winback.segment.SegmentFill;
import io.winback.validation.FieldError;

import java.time.Clock;
import java.util.List;

/**
 * What a new segment's definition comes to, decided in one place for every door it comes through ({@code POST
 * /v1/segments}, the console's builder): read by the one reader against the definitions in force, refused with every
 * mistake, refused when its id is taken, or stored as the next version of the definitions with its fill queued. Each
 * door words the outcome its own way (JSON, a page).
 */
public final class SegmentCreation {
    private static final JsonLog LOG = JsonLog.forClass(SegmentCreation.class);

    private final SegmentConfigurationStore store;
    private final SegmentFill fill;
    private final WorkQueue queue;
    private final Clock clock;

    public SegmentCreation(SegmentConfigurationStore store, SegmentFill fill, WorkQueue queue, Clock clock) {
        this.store = store;
        this.fill = fill;
        this.queue = queue;
        this.clock = clock;
    }

    /** What checking a definition comes to, nothing stored. */
    public sealed interface Checked permits Refused, Taken, Prospect {
    }

    /** What creating a segment comes to. */
    public sealed interface Outcome permits Refused, Taken, Lost, Stored {
    }

    /** The definition's mistakes, each at its JSON path. */
    public record Refused(List<FieldError> errors) implements Checked, Outcome {
        public Refused {
            errors = List.copyOf(errors);
        }
    }

    /** A segment of this id exists already. */
    public record Taken(String segmentId) implements Checked, Outcome {
    }

    /** Another change to the definitions was stored between reading them and storing this one. */
    public record Lost() implements Outcome {
    }

    /**
     * @param current the definitions in force
     * @param next    the definitions as they would be with the segment ({@code current}'s version: not stored)
     */
    public record Prospect(SegmentConfiguration current, SegmentConfiguration next, SegmentDefinition segment)
            implements Checked {
    }

    /** @param configuration the version stored, whose fill is queued */
    public record Stored(SegmentConfiguration configuration, SegmentDefinition segment) implements Outcome {
    }

    /** The definition {@code body} (a POST's JSON) checked against the definitions in force; nothing stored. */
    public Checked check(String body) {
        SegmentConfiguration current = store.current();
        return switch (SegmentDefinitionJson.read(body, current)) {
            case ParsedSegment.Invalid invalid -> new Refused(invalid.errors());
            case ParsedSegment.Valid valid when current.find(valid.definition().id()).isPresent() ->
                    new Taken(valid.definition().id());
            case ParsedSegment.Valid valid -> prospect(current, current.with(valid.definition()),
                    valid.definition().id());
        };
    }

    /** The definition {@code body} checked and, when it holds, stored with its fill queued. */
    public Outcome create(String body) {
        return switch (check(body)) {
            case Refused refused -> refused;
            case Taken taken -> taken;
            case Prospect prospect -> store(prospect.current(), prospect.next(), prospect.segment().id());
        };
    }

    /**
     * Stores {@code next} as the version after {@code current} (unless another was stored meanwhile) and queues its
     * fill, which evaluates every customer against it once.
     */
    public Outcome store(SegmentConfiguration current, SegmentConfiguration next, String segmentId) {
        SegmentConfiguration stored;
        try {
            stored = store.storeNext(next, current.version());
        } catch (ChainConfigurationStore.ConcurrentChangeException lost) {
            return new Lost();
        }
        queue.sendAll(fill.start(stored, clock.instant()));
        SegmentDefinition segment = stored.find(segmentId).orElseThrow();
        LOG.info("segment_stored", "segment", segmentId, "segmentVersion", segment.version(),
                "version", stored.version(), "static", segment.isStatic());
        return new Stored(stored, segment);
    }

    private static Prospect prospect(SegmentConfiguration current, SegmentConfiguration next, String segmentId) {
        return new Prospect(current, next, next.find(segmentId).orElseThrow());
    }
}
