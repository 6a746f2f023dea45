package io.winback.json.chain;

import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore;
import io.winback.log.JsonLog;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentConfigurationStore;
import io.winback.validation.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * A marketer's new chain configuration becomes the next version, whole or not at all: the one rule behind
 * {@code PUT /v1/chains} and the console's chain editor. Every mistake is found at once; a change made on top of a
 * version that is no longer current is refused, since storing it would silently undo the change made in between. A
 * bonus the document sets is checked against the cap; one it sends back as it is in force is not
 * ({@link BonusLimits}). A chain limited to a segment names one defined now.
 */
public final class ChainConfigurationEdits {
    private static final JsonLog LOG = JsonLog.forClass(ChainConfigurationEdits.class);

    private final ChainConfigurationStore store;
    private final BonusCaps caps;
    private final SegmentConfigurationStore segments;

    public ChainConfigurationEdits(ChainConfigurationStore store, BonusCaps caps, SegmentConfigurationStore segments) {
        this.store = store;
        this.caps = caps;
        this.segments = segments;
    }

    /** What became of an edit. */
    public sealed interface Outcome {
        /** Stored as the next version. */
        record Stored(ChainConfiguration configuration) implements Outcome {
        }

        /** Nothing stored: every mistake of the document (and of the request around it, given by the caller). */
        record Invalid(List<FieldError> errors) implements Outcome {
            public Invalid {
                errors = List.copyOf(errors);
            }
        }

        /** Nothing stored: the edit was made on {@code basedOn}, and {@code current} is in force now. */
        record Stale(int basedOn, int current) implements Outcome {
        }

        /** Nothing stored: another change was stored on top of {@code basedOn} while this one was checked. */
        record Overtaken(int basedOn) implements Outcome {
        }
    }

    /** The configuration in force. */
    public ChainConfiguration current() {
        return store.current();
    }

    /** The cap in force under {@code configuration}'s budget. */
    public io.winback.chain.BonusCap capOf(ChainConfiguration configuration) {
        return caps.of(configuration);
    }

    /**
     * Stores {@code document} as the next version, unless it or the request has mistakes
     * ({@code requestErrors}, listed first) or it was made on a version no longer current.
     */
    public Outcome replace(String document, List<FieldError> requestErrors) {
        return replace(document, store.current(), requestErrors);
    }

    /**
     * As {@link #replace(String, List)}, with the configuration in force as the caller read it a moment ago to write
     * {@code document} on top of it (the console's editor): not read again. A change stored since is still refused.
     */
    public Outcome replace(String document, ChainConfiguration inForce, List<FieldError> requestErrors) {
        SegmentConfiguration defined = segments.current();
        ParsedConfiguration parsed = ChainConfigurationJson.read(document, caps.over(inForce),
                segment -> defined.find(segment).isPresent());
        if (parsed instanceof ParsedConfiguration.Invalid || !requestErrors.isEmpty()) {
            List<FieldError> errors = new ArrayList<>(requestErrors);
            if (parsed instanceof ParsedConfiguration.Invalid invalid) {
                errors.addAll(invalid.errors());
            }
            return new Outcome.Invalid(errors);
        }
        ParsedConfiguration.Valid valid = (ParsedConfiguration.Valid) parsed;
        int current = inForce.version();
        int basedOn = valid.basedOn() != null ? valid.basedOn() : current;
        if (basedOn != current) {
            return new Outcome.Stale(basedOn, current);
        }
        try {
            ChainConfiguration stored = store.storeNext(valid.configuration(), basedOn);
            LOG.info("chains_stored", "version", stored.version(), "basedOn", basedOn, "chains",
                    stored.chains().size());
            return new Outcome.Stored(stored);
        } catch (ChainConfigurationStore.ConcurrentChangeException lost) {
            return new Outcome.Overtaken(basedOn);
        }
    }
}
