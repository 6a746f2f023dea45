package io.winback.reports;

import io.winback.access.Role;
import io.winback.security.ConsoleSessions;
import java.util.Optional;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.http.ApiReply;
import io.winback.http.ApiRequest;
import io.winback.http.RequestLine;
import io.winback.http.ApiRoutes;
import io.winback.http.TokenRefusal;
import io.winback.log.JsonLog;
import io.winback.report.ReportQuery;
import io.winback.security.BearerTokens;

import java.util.EnumMap;
import java.util.Map;

/**
 * The reports behind one Lambda: checks the token, routes, answers, and writes the one log line of the request
 * (route, status, latency; never the query, which may name a product or a customer). The dashboard is opened in a
 * browser, which cannot add a Bearer header to a link: it also takes the token as the password of HTTP Basic
 * authentication, and its 401 asks the browser for it.
 */
final class ReportsApi {
    private static final JsonLog LOG = JsonLog.forClass(ReportsApi.class);

    private final BearerTokens tokens;
    private final Map<Routes.Endpoint, Report> reports;
    private final String currency;
    private final ConsoleSessions sessions;

    /**
     * @param currency the shop's ({@code DEFAULT_CURRENCY}): amounts in an Excel download are shown in it
     * @param sessions the console's sign-in, which opens the dashboard too
     */
    ReportsApi(BearerTokens tokens, Map<Routes.Endpoint, Report> reports, String currency, ConsoleSessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.currency = currency;
        this.reports = new EnumMap<>(reports);
        for (Routes.Endpoint endpoint : Routes.Endpoint.values()) {
            if (!this.reports.containsKey(endpoint)) {
                throw new IllegalArgumentException("no report answers " + endpoint.routeKey());
            }
        }
    }

    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return answer(ApiRequest.of(event), sessions.roleOf(event)).toHttpResponse();
    }

    ApiReply answer(ApiRequest request) {
        return answer(request, Optional.empty());
    }

    /** @param session who the console's session cookie says the browser is: the dashboard takes it like a token */
    ApiReply answer(ApiRequest request, Optional<Role> session) {
        Routes.RouteMatch match = Routes.match(request);
        // What no route takes is answered before the token check: a till without an API token that calls a wrong
        // path learns the path is wrong, and the answer reveals nothing but the public route list.
        return RequestLine.answer(LOG, match.logLabel(), () -> {
            if (match instanceof Routes.RouteMatch.NoRoute) {
                return dispatch(match, request);
            }
            Optional<Role> role = roleOf(match, request).or(() -> isDashboard(match) ? session : Optional.empty());
            if (role.isEmpty()) {
                return unauthorized(match, request);
            }
            // Reports are the owner's: the staff's tokens open their store's call list and customers' cards only.
            return role.get().isOwner() ? dispatch(match, request)
                    : TokenRefusal.forbidden(role.get(), "read reports or download them");
        });
    }

    private Optional<Role> roleOf(Routes.RouteMatch match, ApiRequest request) {
        return isDashboard(match) ? tokens.whoBearerOrBasic(request.authorization())
                : tokens.who(request.authorization());
    }

    private static boolean isDashboard(Routes.RouteMatch match) {
        return match instanceof Routes.RouteMatch.Found found && found.endpoint().isPage();
    }

    private static ApiReply unauthorized(Routes.RouteMatch match, ApiRequest request) {
        if (isDashboard(match)) {
            boolean missing = request.authorization() == null || request.authorization().isBlank();
            return ApiReply.error(401, "Authorization", missing
                            ? "the API token is missing; enter it as the password (any user name)"
                            : "the API token was not accepted; enter a current token as the password")
                    .withHeaders(Map.of("www-authenticate", "Basic realm=\"Winback\", charset=\"UTF-8\""));
        }
        return TokenRefusal.reply(request.authorization());
    }

    private ApiReply dispatch(Routes.RouteMatch match, ApiRequest request) {
        return switch (match) {
            case Routes.RouteMatch.Found found -> reports.get(found.endpoint()).answer(new ReportQuery(request.query(), currency));
            case Routes.RouteMatch.MethodNotAllowed notAllowed -> ApiReply.error(405, "method", notAllowed.method()
                    + " is not allowed on " + notAllowed.endpoint().path() + "; reports are read with GET")
                    .withHeaders(Routes.allowHeader());
            // API Gateway's $default route sends here whatever no route took: any path of the API.
            case Routes.RouteMatch.NoRoute none -> ApiRoutes.unrouted(request.method(), request.rawPath());
        };
    }
}
