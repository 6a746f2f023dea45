package io.winback.api;

import io.winback.json.customer.CustomerExport;
import io.winback.access.Role;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.http.ApiReply;
import io.winback.http.ApiRequest;
import io.winback.http.TokenRefusal;
import io.winback.log.JsonLog;
import io.winback.messages.UnsubscribeTokens.Unsubscribe;
import io.winback.security.BearerTokens;

import java.util.Optional;

/**
 * The customer API behind one Lambda: checks the bearer token, routes, answers, and writes the one log line of the
 * request. The line names the route template and a masked customer key, never the path, the query (a till's lookup
 * carries a phone, an unsubscribe link its token), a body or a contact detail. The unsubscribe link is the one route
 * without the bearer token: its own signed token is the proof, and its customer is the one that token names.
 */
final class CustomerApi {
    private static final JsonLog LOG = JsonLog.forClass(CustomerApi.class);

    private final BearerTokens tokens;
    private final CustomerReads reads;
    private final CustomerEdits edits;
    private final TillLookup lookup;
    private final CustomerConsents consents;
    private final UnsubscribeLinks unsubscribes;
    private final CustomerExport export;
    private final CustomerErasures erasures;

    CustomerApi(BearerTokens tokens, CustomerReads reads, CustomerEdits edits, TillLookup lookup,
                CustomerConsents consents, UnsubscribeLinks unsubscribes, CustomerExport export,
                CustomerErasures erasures) {
        this.export = export;
        this.erasures = erasures;
        this.tokens = tokens;
        this.reads = reads;
        this.edits = edits;
        this.lookup = lookup;
        this.consents = consents;
        this.unsubscribes = unsubscribes;
    }

    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return answer(ApiRequest.of(event)).toHttpResponse();
    }

    ApiReply answer(ApiRequest request) {
        long started = System.nanoTime();
        Routes.RouteMatch match = Routes.match(request);
        Optional<Unsubscribe> link = match.reachedFromMail() ? unsubscribes.verify(request.query()) : Optional.empty();
        String customerId = link.map(Unsubscribe::customerKey).orElseGet(() -> switch (match) {
            case Routes.RouteMatch.Found found -> found.customerId();
            case Routes.RouteMatch.MethodNotAllowed notAllowed -> notAllowed.customerId();
            case Routes.RouteMatch.NoRoute none -> null;
        });
        ApiReply reply;
        try {
            Optional<Role> role = match.reachedFromMail() ? Optional.of(Role.OWNER) : tokens.who(request.authorization());
            reply = role.isPresent() ? dispatch(match, request, link, role.get())
                    : TokenRefusal.reply(request.authorization());
        } catch (RuntimeException e) {
            // Logged here, inside the request's line, so the failure is found next to its route.
            LOG.error("api_request", e, "route", match.logLabel(), "status", 500,
                    "latencyMs", millisSince(started), "customer", JsonLog.mask(customerId));
            return match.reachedFromMail() ? UnsubscribePages.notSaved(500)
                    : ApiReply.error(500, "server", "the request failed on our side; it is safe to send it again");
        }
        LOG.info("api_request", "route", match.logLabel(), "status", reply.status(),
                "latencyMs", millisSince(started), "customer", JsonLog.mask(customerId));
        return reply;
    }

    /** The staff's part of this API: reading the cards of their store's customers, and finding them at the till. */
    private static final java.util.Set<Routes.Endpoint> STAFF = java.util.EnumSet.of(Routes.Endpoint.READ_CUSTOMER,
            Routes.Endpoint.READ_SALES, Routes.Endpoint.READ_BONUSES, Routes.Endpoint.READ_CONSENT,
            Routes.Endpoint.LOOKUP_CUSTOMER);

    private ApiReply dispatch(Routes.RouteMatch match, ApiRequest request, Optional<Unsubscribe> link, Role role) {
        if (match instanceof Routes.RouteMatch.Found found && !role.isOwner()) {
            if (!STAFF.contains(found.endpoint())) {
                return TokenRefusal.forbidden(role, "use " + found.endpoint().routeKey());
            }
            if (found.endpoint() == Routes.Endpoint.LOOKUP_CUSTOMER) {
                return lookup.lookup(request.query(), role);
            }
            Optional<ApiReply> refused = reads.refusedTo(role, found.customerId());
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        return switch (match) {
            case Routes.RouteMatch.Found found when request.bodyNotText() != null -> request.bodyNotText();
            case Routes.RouteMatch.Found found -> switch (found.endpoint()) {
                case READ_CUSTOMER -> reads.customer(found.customerId());
                case READ_SALES -> reads.sales(found.customerId(), request.query());
                case EDIT_CUSTOMER -> edits.edit(found.customerId(), request.body());
                case EXPORT_CUSTOMER -> export.of(found.customerId()).map(ApiReply::ok)
                        .orElseGet(() -> CustomerReads.unknown(found.customerId()));
                case ERASE_CUSTOMER -> erasures.erase(found.customerId());
                case READ_BONUSES -> reads.bonuses(found.customerId());
                case READ_CONSENT -> consents.current(found.customerId());
                case RECORD_CONSENT -> consents.record(found.customerId(), request.body());
                case LOOKUP_CUSTOMER -> lookup.lookup(request.query(), role);
                case ASK_TO_UNSUBSCRIBE -> unsubscribes.ask(link);
                case UNSUBSCRIBE_FROM_LINK -> unsubscribes.unsubscribe(link);
            };
            case Routes.RouteMatch.MethodNotAllowed notAllowed -> ApiReply.error(405, "method", notAllowed.method()
                    + " is not allowed on " + notAllowed.pathTemplate() + "; use " + String.join(" or ", notAllowed.allowed()))
                    .withHeaders(Routes.allowHeader(notAllowed));
            case Routes.RouteMatch.NoRoute none -> ApiReply.error(404, "path", "no route " + request.method() + " "
                    + (request.rawPath() == null ? "" : request.rawPath()) + "; see the customer API in docs/api.md");
        };
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
