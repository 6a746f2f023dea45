package io.winback.api;

import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.domain.SalesStore;
import io.winback.log.JsonLog;
import io.winback.security.BearerTokens;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The customer API's routes, after the bearer token: read a customer, page their history, edit them. */
final class CustomerApi {
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 200;
    static final int MAX_PATCH_ATTEMPTS = 10;
    private static final JsonLog LOG = JsonLog.forClass(CustomerApi.class);

    /** What the handler extracted from the HTTP request. */
    record Request(String method, String route, String customerId, Map<String, String> query, String body,
                   String authorization) {
    }

    private final BearerTokens tokens;
    private final CustomerStore customers;
    private final SalesStore sales;
    private final CustomerView view;
    private final Clock clock;

    CustomerApi(BearerTokens tokens, CustomerStore customers, SalesStore sales, CustomerView view, Clock clock) {
        this.tokens = tokens;
        this.customers = customers;
        this.sales = sales;
        this.view = view;
        this.clock = clock;
    }

    ApiReply answer(Request request) {
        long started = System.nanoTime();
        ApiReply reply = route(request);
        LOG.info("api_request", "route", request.method() + " " + request.route(), "status", reply.status(),
                "customer", JsonLog.mask(request.customerId()), "latencyMs", (System.nanoTime() - started) / 1_000_000);
        return reply;
    }

    private ApiReply route(Request request) {
        if (!tokens.accepts(request.authorization())) {
            return ApiReply.error(401, "Authorization", "send Authorization: Bearer <API token>");
        }
        if (request.route() == null || request.customerId() == null || request.customerId().isBlank()) {
            return ApiReply.error(404, "path", "no route " + request.method() + " " + request.route());
        }
        return switch (request.route()) {
            case "/v1/customers/{customerId}" -> switch (request.method()) {
                case "GET" -> get(request.customerId());
                case "PATCH" -> patch(request.customerId(), request.body());
                default -> ApiReply.error(405, "method", request.method() + " is not allowed here; use GET or PATCH");
            };
            case "/v1/customers/{customerId}/sales" -> "GET".equals(request.method())
                    ? history(request.customerId(), request.query())
                    : ApiReply.error(405, "method", request.method() + " is not allowed here; use GET");
            default -> ApiReply.error(404, "path", "no route " + request.method() + " " + request.route());
        };
    }

    private ApiReply get(String customerId) {
        return customers.find(customerId)
                .map(customer -> ApiReply.ok(view.of(customer)))
                .orElseGet(() -> unknown(customerId));
    }

    private ApiReply history(String customerId, Map<String, String> query) {
        int limit = DEFAULT_PAGE;
        String limitText = query.get("limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_PAGE) {
                return ApiReply.error(400, "limit", "must be a whole number from 1 to " + MAX_PAGE);
            }
        }
        if (customers.find(customerId).isEmpty()) {
            return unknown(customerId);
        }
        SalesStore.Page page;
        try {
            page = sales.historyOf(customerId, limit, query.get("cursor"));
        } catch (SalesStore.InvalidCursorException e) {
            return ApiReply.error(400, "cursor", e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sales", CustomerView.ofSales(page.sales()));
        body.put("nextCursor", page.nextCursor());
        return ApiReply.ok(body);
    }

    private ApiReply patch(String customerId, String body) {
        CustomerPatch.Parsed parsed = CustomerPatch.parse(body, clock.instant());
        if (parsed instanceof CustomerPatch.Parsed.Invalid invalid) {
            return ApiReply.errors(400, invalid.errors());
        }
        CustomerPatch patch = ((CustomerPatch.Parsed.Valid) parsed).patch();
        for (int attempt = 0; attempt < MAX_PATCH_ATTEMPTS; attempt++) {
            Optional<Customer> current = customers.find(customerId);
            if (current.isEmpty()) {
                return unknown(customerId);
            }
            Customer patched = patch.applyTo(current.get(), clock.instant());
            // The stats stream may have saved this customer since we read it: then read again and re-apply.
            if (customers.saveIfUnchanged(patched, clock.instant())) {
                return ApiReply.ok(view.of(new Customer(patched.key(), patched.profile(), patched.stats(),
                        patched.status(), patched.properties(), patched.recentSales(), patched.version() + 1)));
            }
        }
        return ApiReply.error(409, "customerId", "the customer kept changing; try again");
    }

    private static ApiReply unknown(String customerId) {
        return ApiReply.error(404, "customerId", "no customer " + customerId);
    }
}
