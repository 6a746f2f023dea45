package io.winback.chainsapi;

import io.winback.http.ApiReply;
import io.winback.json.chain.ChainConfigurationEdits;
import io.winback.report.ReportLanguage;
import io.winback.validation.Validated;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PUT /v1/chains}: a marketer's new configuration becomes the next version, whole or not at all, by the rule
 * the console's editor shares ({@link ChainConfigurationEdits}). Every mistake is answered at once (400); a change
 * made on top of a version that is no longer current is refused (409). A segment a chain names cannot be deleted
 * meanwhile ({@link #naming}).
 */
final class ChainsEdits {
    /** Far above any real configuration, and well below DynamoDB's 400 KB item. */
    static final BodyLimit BODY = new BodyLimit(256 * 1024, "a chain configuration");

    private final ChainConfigurationEdits edits;
    private final ChainsDocument document;

    ChainsEdits(ChainConfigurationEdits edits, ChainsDocument document) {
        this.edits = edits;
        this.document = document;
    }

    /** @param query {@code lang} of the answer's words, as GET reads it */
    ApiReply replace(String body, Map<String, String> query) {
        Optional<ApiReply> tooLarge = BODY.refuse(body);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        Validated<ReportLanguage> language = ChainsLanguage.of(query);
        return switch (edits.replace(body, language instanceof Validated.Invalid<ReportLanguage> invalid
                ? invalid.errors() : List.of())) {
            case ChainConfigurationEdits.Outcome.Invalid invalid -> ApiReply.errors(400, invalid.errors());
            case ChainConfigurationEdits.Outcome.Stale stale -> ApiReply.error(409, "basedOn", "this change was made"
                    + " on version " + stale.basedOn() + ", but version " + stale.current() + " is current;"
                    + " GET /v1/chains, make the change there and send it again");
            case ChainConfigurationEdits.Outcome.Overtaken overtaken -> ApiReply.error(409, "basedOn", "another"
                    + " change was stored on top of version " + overtaken.basedOn() + " a moment ago; GET /v1/chains,"
                    + " make the change there and send it again");
            case ChainConfigurationEdits.Outcome.Stored stored -> ApiReply.ok(document.of(stored.configuration(),
                    ((Validated.Valid<ReportLanguage>) language).value()));
        };
    }

    /** The chains in force limited to {@code segmentId}: while any is, the segment cannot be deleted. */
    List<String> naming(String segmentId) {
        return edits.current().naming(segmentId).stream().map(id -> "chain " + id).toList();
    }
}
