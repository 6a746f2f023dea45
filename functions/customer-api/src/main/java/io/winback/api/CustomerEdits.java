package io.winback.api;

import io.winback.json.customer.CustomerView;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.http.ApiReply;

import io.winback.validation.Validated;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The write side of the API: a marketer's PATCH. The stats stream writes the same customer item, so the save is
 * conditional on the version read; when the stream got there first, the patch is re-applied to what it wrote.
 */
final class CustomerEdits {
    static final int MAX_ATTEMPTS = 10;
    /** Keeps a customer item far below DynamoDB's 400 KB with the longest values the parser allows. */
    static final int MAX_PROPERTIES = 100;

    private final CustomerStore customers;
    private final CustomerView view;
    private final Clock clock;
    private final ZoneId shopZone;

    CustomerEdits(CustomerStore customers, CustomerView view, Clock clock, ZoneId shopZone) {
        this.customers = customers;
        this.view = view;
        this.clock = clock;
        this.shopZone = shopZone;
    }

    ApiReply edit(String customerId, String body) {
        Instant now = clock.instant();
        CustomerPatch patch;
        switch (CustomerPatchParser.parse(body, LocalDate.ofInstant(now, shopZone))) {
            case Validated.Invalid<CustomerPatch> invalid -> {
                return ApiReply.errors(400, invalid.errors());
            }
            case Validated.Valid<CustomerPatch> valid -> patch = valid.value();
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Customer> current = customers.find(customerId);
            if (current.isEmpty()) {
                return CustomerReads.unknown(customerId);
            }
            Customer patched = patch.applyTo(current.get(), now);
            if (patched.properties().size() > MAX_PROPERTIES && patched.properties().size() > current.get().properties().size()) {
                return ApiReply.error(400, "properties", "a customer holds at most " + MAX_PROPERTIES
                        + " properties; remove some with null first");
            }
            if (patched.equals(current.get()) || customers.saveIfUnchanged(patched, now)) {
                return ApiReply.ok(view.of(patched, now));
            }
        }
        return ApiReply.error(409, "customerId", "the customer changed " + MAX_ATTEMPTS
                + " times while being edited; send the PATCH again");
    }
}
