package io.winback.chainsapi;

import io.winback.http.ApiReply;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How large a request body an edit takes ({@code bytes}, in UTF-8), and the 413 that names what is too large
 * ({@code what}: "a segment definition"): checked before any parsing, so an oversized body costs nothing more.
 */
record BodyLimit(int bytes, String what) {

    /** The 413 answer when {@code body} is larger than the limit; empty when it fits. */
    Optional<ApiReply> refuse(String body) {
        if (body == null || body.getBytes(StandardCharsets.UTF_8).length <= bytes) {
            return Optional.empty();
        }
        return Optional.of(ApiReply.error(413, "body", what + " may be at most " + bytes / 1024 + " KB"));
    }
}
