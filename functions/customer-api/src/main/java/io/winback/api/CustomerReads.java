package io.winback.api;

import io.winback.json.customer.SaleView;
import io.winback.json.customer.BonusView;
import io.winback.json.customer.CustomerView;
import io.winback.access.Role;
import io.winback.http.TokenRefusal;
import java.util.Optional;
import io.winback.bonus.BonusHistory;
import io.winback.domain.CustomerStore;
import io.winback.domain.SalesStore;
import io.winback.http.ApiReply;

import io.winback.validation.InvalidCursorException;
import io.winback.validation.Validated;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The read side of the API: one customer, their receipts page by page, and their bonuses. Balances are figured at
 * the clock's time of the request.
 */
final class CustomerReads {
    private final CustomerStore customers;
    private final SalesStore sales;
    private final CustomerView view;
    private final BonusView bonuses;
    private final BonusHistory bonusHistory;
    private final Clock clock;

    CustomerReads(CustomerStore customers, SalesStore sales, CustomerView view, BonusView bonuses,
                  BonusHistory bonusHistory, Clock clock) {
        this.bonusHistory = bonusHistory;
        this.customers = customers;
        this.sales = sales;
        this.view = view;
        this.bonuses = bonuses;
        this.clock = clock;
    }

    /**
     * The 403 when {@code role} may not read the card of {@code customerId} (staff, and the customer never bought at
     * their store); empty otherwise, and for a customer there is not (the request's own answer says so).
     */
    Optional<ApiReply> refusedTo(Role role, String customerId) {
        return customers.find(customerId).filter(customer -> !role.mayRead(customer))
                .map(customer -> TokenRefusal.forbidden(role, "read the card of a customer of another store"));
    }

    ApiReply customer(String customerId) {
        Instant now = clock.instant();
        return customers.find(customerId)
                .map(customer -> ApiReply.ok(view.of(customer, now)))
                .orElseGet(() -> unknown(customerId));
    }

    ApiReply bonuses(String customerId) {
        Instant now = clock.instant();
        return customers.find(customerId)
                .map(customer -> ApiReply.ok(bonuses.of(customer.bonuses(), bonusHistory.of(customerId), now)))
                .orElseGet(() -> unknown(customerId));
    }

    ApiReply sales(String customerId, Map<String, String> queryParameters) {
        HistoryQuery query;
        switch (HistoryQuery.of(queryParameters)) {
            case Validated.Invalid<HistoryQuery> invalid -> {
                return ApiReply.errors(400, invalid.errors());
            }
            case Validated.Valid<HistoryQuery> valid -> query = valid.value();
        }
        // An unknown customer has no sales either, but "no such customer" is the answer a typo deserves.
        if (customers.find(customerId).isEmpty()) {
            return unknown(customerId);
        }
        SalesStore.Page page;
        try {
            page = sales.historyOf(customerId, query.limit(), query.cursor());
        } catch (InvalidCursorException e) {
            return ApiReply.error(400, "cursor", e.getMessage() + "; pass the nextCursor of the previous page");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sales", SaleView.of(page.sales()));
        body.put("nextCursor", page.nextCursor());
        return ApiReply.ok(body);
    }

    static ApiReply unknown(String customerId) {
        return ApiReply.error(404, "customerId", "no customer " + customerId + "; a customer's key is the POS's "
                + "customer.id, else the phone in E.164 (+79161234567, URL-encoded as %2B79161234567), else card:<number>"
                + " (imported CDNOW customers are cdnow-00001 and so on)");
    }
}
