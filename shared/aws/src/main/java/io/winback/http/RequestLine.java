package io.winback.http;

import io.winback.log.JsonLog;

import java.util.function.Supplier;

/**
 * An API request answered with its one log line: route, status and latency (never a body or a path, which may name
 * a customer); a failure is logged inside that line, so it is found next to its route, and answered 500 in the one
 * error shape.
 */
public final class RequestLine {
    private RequestLine() {
    }

    /** @param route the route template the request matched, e.g. {@code GET /v1/chains} */
    public static ApiReply answer(JsonLog log, String route, Supplier<ApiReply> work) {
        long started = System.nanoTime();
        ApiReply reply;
        try {
            reply = work.get();
        } catch (RuntimeException e) {
            log.error("api_request", e, "route", route, "status", 500, "latencyMs", millisSince(started));
            return ApiReply.error(500, "server", "the request failed on our side; it is safe to send it again");
        }
        log.info("api_request", "route", route, "status", reply.status(), "latencyMs", millisSince(started));
        return reply;
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
