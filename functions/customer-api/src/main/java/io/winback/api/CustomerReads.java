package io.winback.api;

import io.winback.domain.CustomerStore;
import io.winback.domain.SalesStore;

import java.util.LinkedHashMap;
import java.util.Map;

/** The read side of the API: one customer, and their receipts page by page. */
final class CustomerReads {
    private final CustomerStore customers;
    private final SalesStore sales;
    private final CustomerView view;

    CustomerReads(CustomerStore customers, SalesStore sales, CustomerView view) {
        this.customers = customers;
        this.sales = sales;
        this.view = view;
    }

    ApiReply customer(String customerId) {
        return customers.find(customerId)
                .map(customer -> ApiReply.ok(view.of(customer)))
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
        } catch (SalesStore.InvalidCursorException e) {
            return ApiReply.error(400, "cursor", e.getMessage() + "; pass the nextCursor of the previous page");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sales", SaleView.of(page.sales()));
        body.put("nextCursor", page.nextCursor());
        return ApiReply.ok(body);
    }

    static ApiReply unknown(String customerId) {
        return ApiReply.error(404, "customerId", "no customer " + customerId);
    }
}
