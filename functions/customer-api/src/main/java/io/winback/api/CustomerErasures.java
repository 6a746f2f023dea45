package io.winback.api;

import io.winback.erasure.CustomerErasure;
import io.winback.erasure.Tombstone;
import io.winback.http.ApiReply;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code DELETE /v1/customers/{id}}: the person's right to erasure (GDPR art. 17, 152-FZ art. 21), through
 * {@link CustomerErasure}. A second request answers what the first did; a key never known is a 404.
 */
final class CustomerErasures {
    /** What the answer says is kept, so whoever erases knows what stays and why. */
    static final String KEPT = "receipts stay for the shop's books (totals, lines, store, time) without the person; "
            + "finished campaign counts and consent statements stay under the pseudonym; a receipt made before the "
            + "erasure never brings the person back, a purchase made after it starts a new customer";
    private final CustomerErasure erasure;

    CustomerErasures(CustomerErasure erasure) {
        this.erasure = erasure;
    }

    ApiReply erase(String customerId) {
        return switch (erasure.erase(customerId)) {
            case CustomerErasure.Outcome.Erased erased -> ApiReply.ok(body(customerId, erased.tombstone()));
            case CustomerErasure.Outcome.Unknown unknown -> ApiReply.error(404, "customerId", "no customer "
                    + customerId + ", and none was erased under this key: nothing to erase");
        };
    }

    private static Map<String, Object> body(String customerId, Tombstone tombstone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("status", "erased");
        body.put("erasedAt", tombstone.erasedAt().toString());
        body.put("erasedAs", tombstone.erasedAs());
        body.put("erased", tombstone.erased());
        body.put("kept", KEPT);
        return body;
    }
}
