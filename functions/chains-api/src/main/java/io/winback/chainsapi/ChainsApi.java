package io.winback.chainsapi;

import io.winback.access.Role;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.http.ApiReply;
import io.winback.http.ApiRequest;
import io.winback.http.RequestLine;
import io.winback.http.TokenRefusal;
import io.winback.log.JsonLog;
import io.winback.security.BearerTokens;

/**
 * The chains API behind one Lambda: the marketers' chain configuration, segments and campaigns, and the staff's call tasks. Checks the bearer
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
    private final SegmentReads segmentReads;
    private final SegmentEdits segmentEdits;
    private final StaticMembers staticMembers;
    private final CampaignReads campaignReads;
    private final CampaignEdits campaignEdits;

    ChainsApi(BearerTokens tokens, ChainsReads reads, ChainsEdits edits, TaskReads taskReads, TaskEdits taskEdits,
              SegmentReads segmentReads, SegmentEdits segmentEdits, StaticMembers staticMembers,
              CampaignReads campaignReads, CampaignEdits campaignEdits) {
        this.campaignReads = campaignReads;
        this.campaignEdits = campaignEdits;
        this.segmentReads = segmentReads;
        this.segmentEdits = segmentEdits;
        this.staticMembers = staticMembers;
        this.tokens = tokens;
        this.reads = reads;
        this.edits = edits;
        this.taskReads = taskReads;
        this.taskEdits = taskEdits;
    }

    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return answer(ApiRequest.of(event), Upload.of(event)).toHttpResponse();
    }

    ApiReply answer(ApiRequest request) {
        return answer(request, Upload.ofText(request.body(), null));
    }

    /** @param upload the body as bytes with its content type: a static list's CSV may be Windows-1251 */
    ApiReply answer(ApiRequest request, Upload upload) {
        Routes.RouteMatch match = Routes.match(request);
        return RequestLine.answer(LOG, match.logLabel(), () -> tokens.who(request.authorization())
                .map(role -> dispatch(match, request, upload, role))
                .orElseGet(() -> TokenRefusal.reply(request.authorization())));
    }

    /** The staff's part of this API: their store's call list and its tasks; the rest is the owner's. */
    private static final java.util.Set<Routes.Endpoint> STAFF = java.util.EnumSet.of(Routes.Endpoint.LIST_TASKS,
            Routes.Endpoint.READ_TASK, Routes.Endpoint.CLOSE_TASK);

    private ApiReply dispatch(Routes.RouteMatch match, ApiRequest request, Upload upload, Role role) {
        if (match instanceof Routes.RouteMatch.Found found && !role.isOwner()) {
            if (!STAFF.contains(found.endpoint())) {
                return TokenRefusal.forbidden(role, "use " + found.endpoint().routeKey());
            }
            return switch (found.endpoint()) {
                case LIST_TASKS -> taskReads.list(request.query(), role);
                case READ_TASK -> taskReads.one(found.taskId(), role);
                case CLOSE_TASK -> taskEdits.close(found.taskId(), request.body(), role);
                default -> throw new IllegalStateException("not the staff's: " + found.endpoint());
            };
        }
        return switch (match) {
            case Routes.RouteMatch.Found found when found.endpoint() == Routes.Endpoint.SET_MEMBERS ->
                    staticMembers.replace(found.segmentId(), upload.bytes(), upload.contentType());
            case Routes.RouteMatch.Found found when found.endpoint() == Routes.Endpoint.ADD_MEMBERS ->
                    staticMembers.add(found.segmentId(), upload.bytes(), upload.contentType());
            case Routes.RouteMatch.Found found when request.bodyNotText() != null -> request.bodyNotText();
            case Routes.RouteMatch.Found found -> switch (found.endpoint()) {
                case READ_CHAINS -> reads.current(request.query());
                case REPLACE_CHAINS -> edits.replace(request.body(), request.query());
                case LIST_TASKS -> taskReads.list(request.query(), role);
                case READ_TASK -> taskReads.one(found.taskId(), role);
                case CLOSE_TASK -> taskEdits.close(found.taskId(), request.body(), role);
                case LIST_SEGMENTS -> segmentReads.list();
                case CREATE_SEGMENT -> segmentEdits.create(request.body());
                case READ_SEGMENT -> segmentReads.one(found.segmentId());
                case REPLACE_SEGMENT -> segmentEdits.replace(found.segmentId(), request.body());
                case DELETE_SEGMENT -> segmentEdits.delete(found.segmentId());
                case LIST_MEMBERS -> segmentReads.members(found.segmentId(), request.query());
                case READ_HISTORY -> segmentReads.history(found.segmentId(), request.query());
                case LIST_CAMPAIGNS -> campaignReads.list();
                case CREATE_CAMPAIGN -> campaignEdits.create(request.body());
                case READ_CAMPAIGN -> campaignReads.one(found.campaignId());
                case CANCEL_CAMPAIGN -> campaignEdits.cancel(found.campaignId());
                case PAUSE_CAMPAIGN -> campaignEdits.pause(found.campaignId(), true);
                case RESUME_CAMPAIGN -> campaignEdits.pause(found.campaignId(), false);
                case SET_MEMBERS, ADD_MEMBERS -> throw new IllegalStateException("answered above");
            };
            case Routes.RouteMatch.MethodNotAllowed notAllowed -> ApiReply.error(405, "method", notAllowed.method()
                    + " is not allowed on " + notAllowed.pathTemplate() + "; use "
                    + String.join(" or ", notAllowed.allowed())).withHeaders(Routes.allowHeader(notAllowed));
            case Routes.RouteMatch.NoRoute none -> ApiReply.error(404, "path", "no route " + request.method() + " "
                    + (request.rawPath() == null ? "" : request.rawPath()) + "; the chains API is " + Routes.SUMMARY);
        };
    }
}
