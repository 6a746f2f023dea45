package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.http.ApiReply;
import io.winback.http.ApiRequest;
import io.winback.http.RequestLine;
import io.winback.http.TokenRefusal;
import io.winback.log.JsonLog;
import io.winback.security.BearerTokens;

/**
 * The chains API behind one Lambda: the marketers' chain configuration and the staff's call tasks. Checks the bearer
 * token, routes, answers, and writes the one log line of the request (route template, status, latency; never a body
 * or a path, which may hold a phone).
 */
final class ChainsApi {
    private static final JsonLog LOG = JsonLog.forClass(ChainsApi.class);

    private final BearerTokens tokens;
    private final ChainsReads reads;
    private final ChainsEdits edits;
    private final TaskReads taskReads;
    private final TaskEdits taskEdits;

    ChainsApi(BearerTokens tokens, ChainsReads reads, ChainsEdits edits, TaskReads taskReads, TaskEdits taskEdits) {
        this.tokens = tokens;
        this.reads = reads;
        this.edits = edits;
        this.taskReads = taskReads;
        this.taskEdits = taskEdits;
    }

    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return answer(ApiRequest.of(event)).toHttpResponse();
    }

    ApiReply answer(ApiRequest request) {
        Routes.RouteMatch match = Routes.match(request);
        return RequestLine.answer(LOG, match.logLabel(), () -> tokens.accepts(request.authorization())
                ? dispatch(match, request) : TokenRefusal.reply(request.authorization()));
    }

    private ApiReply dispatch(Routes.RouteMatch match, ApiRequest request) {
        return switch (match) {
            case Routes.RouteMatch.Found found when request.bodyNotText() != null -> request.bodyNotText();
            case Routes.RouteMatch.Found found -> switch (found.endpoint()) {
                case READ_CHAINS -> reads.current(request.query());
                case REPLACE_CHAINS -> edits.replace(request.body(), request.query());
                case LIST_TASKS -> taskReads.list(request.query());
                case READ_TASK -> taskReads.one(found.taskId());
                case CLOSE_TASK -> taskEdits.close(found.taskId(), request.body());
            };
            case Routes.RouteMatch.MethodNotAllowed notAllowed -> ApiReply.error(405, "method", notAllowed.method()
                    + " is not allowed on " + notAllowed.pathTemplate() + "; use "
                    + String.join(" or ", notAllowed.allowed())).withHeaders(Routes.allowHeader(notAllowed));
            case Routes.RouteMatch.NoRoute none -> ApiReply.error(404, "path", "no route " + request.method() + " "
                    + (request.rawPath() == null ? "" : request.rawPath()) + "; the chains API is " + Routes.SUMMARY);
        };
    }
}
