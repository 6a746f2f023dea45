package io.winback.chainsapi;

import io.winback.json.chain.BonusCaps;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore;
import io.winback.json.chain.ChainConfigurationJson;
import io.winback.json.chain.ParsedConfiguration;
import io.winback.http.ApiReply;
import io.winback.log.JsonLog;

import io.winback.report.ReportLanguage;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentConfigurationStore;
import io.winback.validation.FieldError;
import io.winback.validation.Validated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PUT /v1/chains}: a marketer's new configuration becomes the next version, whole or not at all. Every
 * mistake is answered at once (400); a change made on top of a version that is no longer current is refused (409),
 * since storing it would silently undo the change made in between. A bonus the request sets is checked against the
 * cap; one it sends back as it is in force is not (see {@link io.winback.json.chain.BonusLimits}). A chain limited to
 * a segment names one defined now; a segment a chain names cannot be deleted meanwhile ({@link #naming}).
 */
final class ChainsEdits {
    /** Far above any real configuration, and well below DynamoDB's 400 KB item. */
    static final BodyLimit BODY = new BodyLimit(256 * 1024, "a chain configuration");
    private static final JsonLog LOG = JsonLog.forClass(ChainsEdits.class);

    private final ChainConfigurationStore store;
    private final BonusCaps caps;
    private final ChainsDocument document;
    private final SegmentConfigurationStore segments;

    /** @param segments the segments defined, which a chain may be limited to (one that does not exist is refused) */
    ChainsEdits(ChainConfigurationStore store, BonusCaps caps, ChainsDocument document,
                SegmentConfigurationStore segments) {
        this.segments = segments;
        this.store = store;
        this.caps = caps;
        this.document = document;
    }

    /** @param query {@code lang} of the answer's words, as GET reads it */
    ApiReply replace(String body, Map<String, String> query) {
        Optional<ApiReply> tooLarge = BODY.refuse(body);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        ChainConfiguration inForce = store.current();
        SegmentConfiguration defined = segments.current();
        ParsedConfiguration parsed = ChainConfigurationJson.read(body, caps.over(inForce),
                segment -> defined.find(segment).isPresent());
        Validated<ReportLanguage> language = ChainsLanguage.of(query);
        if (parsed instanceof ParsedConfiguration.Invalid || language instanceof Validated.Invalid) {
            List<FieldError> errors = new ArrayList<>();
            if (language instanceof Validated.Invalid<ReportLanguage> invalid) {
                errors.addAll(invalid.errors());
            }
            if (parsed instanceof ParsedConfiguration.Invalid invalid) {
                errors.addAll(invalid.errors());
            }
            return ApiReply.errors(400, errors);
        }
        return store((ParsedConfiguration.Valid) parsed, inForce.version(),
                ((Validated.Valid<ReportLanguage>) language).value());
    }

    /** The chains in force limited to {@code segmentId}: while any is, the segment cannot be deleted. */
    List<String> naming(String segmentId) {
        return store.current().naming(segmentId).stream().map(id -> "chain " + id).toList();
    }

    private ApiReply store(ParsedConfiguration.Valid valid, int current, ReportLanguage language) {
        int basedOn = valid.basedOn() != null ? valid.basedOn() : current;
        if (basedOn != current) {
            return ApiReply.error(409, "basedOn", "this change was made on version " + basedOn + ", but version "
                    + current + " is current; GET /v1/chains, make the change there and send it again");
        }
        try {
            ChainConfiguration stored = store.storeNext(valid.configuration(), basedOn);
            LOG.info("chains_stored", "version", stored.version(), "basedOn", basedOn, "chains", stored.chains().size());
            return ApiReply.ok(document.of(stored, language));
        } catch (ChainConfigurationStore.ConcurrentChangeException lost) {
            return ApiReply.error(409, "basedOn", "another change was stored on top of version " + basedOn
                    + " a moment ago; GET /v1/chains, make the change there and send it again");
        }
    }
}
