package io.winback.api;

import io.winback.json.customer.CustomerView;
import io.winback.json.customer.ConsentViews;
import io.winback.profile.ConsentRequest;
import io.winback.profile.ConsentStatements;
import io.winback.profile.ConsentWrite;
import io.winback.chain.Channel;
import io.winback.consent.ConsentChange;
import io.winback.consent.ConsentLedger;
import io.winback.consent.ConsentWithdrawals;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStore;
import io.winback.http.ApiReply;

import io.winback.validation.Validated;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's marketing consent: what it is now (on the customer, where the chains read it) and every change that
 * made it so (the ledger, kept forever). A recorded change updates the profile under the rule a PATCH follows: it is
 * stamped with the request's time, so a receipt that happened later still wins and an older one arriving late does not
 * undo it. The ledger keeps what the customer said even when a newer receipt keeps the current value: it is the record
 * of statements, the profile the record of the latest one.
 */
final class CustomerConsents {
    private final CustomerStore customers;
    private final ConsentLedger ledger;
    private final ConsentStatements statements;
    private final Clock clock;

    CustomerConsents(CustomerStore customers, ConsentLedger ledger, Clock clock) {
        this.customers = customers;
        this.ledger = ledger;
        this.statements = new ConsentStatements(customers, ledger);
        this.clock = clock;
    }

    ApiReply current(String customerId) {
        Optional<Customer> customer = customers.find(customerId);
        if (customer.isEmpty()) {
            return CustomerReads.unknown(customerId);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("consent", CustomerView.consent(customer.get().profile()));
        body.put("withdrawn", withdrawn(customer.get().profile().withdrawals()));
        body.put("history", ledger.history(customerId).stream().map(CustomerConsents::change).toList());
        return ApiReply.ok(body);
    }

    /**
     * The customer first, with the version condition and re-reads of a PATCH, then the ledger: a request refused
     * (400, 404, 409) writes nothing. Should the function die between the two writes, the caller's retry writes the
     * ledger entries (the profile is then unchanged, so not written again).
     */
    ApiReply record(String customerId, String body) {
        Instant now = clock.instant();
        ConsentRequest request;
        switch (ConsentRequestParser.parse(body)) {
            case Validated.Invalid<ConsentRequest> invalid -> {
                return ApiReply.errors(400, invalid.errors());
            }
            case Validated.Valid<ConsentRequest> valid -> request = valid.value();
        }
        return switch (statements.record(customerId, request, now)) {
            case ConsentWrite.Written written -> {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("customerId", customerId);
                answer.put("consent", CustomerView.consent(written.customer().profile()));
                answer.put("recorded", written.recorded().stream().map(CustomerConsents::change).toList());
                yield ApiReply.ok(answer);
            }
            case ConsentWrite.NoSuchCustomer none -> CustomerReads.unknown(customerId);
            case ConsentWrite.KeptChanging busy -> ApiReply.error(409, "customerId", "the customer changed "
                    + ConsentStatements.MAX_ATTEMPTS + " times while their consent was being recorded; send it again");
        };
    }

    /** A withdrawal of one channel through a message's link: a repeat writes nothing ({@link ConsentStatements}). */
    ConsentWrite withdrawOnce(String customerId, Channel channel, String source) {
        return statements.withdrawOnce(customerId, channel, source, clock.instant());
    }

    /** When each channel was withdrawn, for the channels withdrawn and not given back since. */
    private static Map<String, Object> withdrawn(ConsentWithdrawals withdrawals) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (withdrawals.sms() != null) {
            view.put(Channel.SMS.wireName(), withdrawals.sms().at().toString());
        }
        if (withdrawals.email() != null) {
            view.put(Channel.EMAIL.wireName(), withdrawals.email().at().toString());
        }
        return view;
    }

    static Map<String, Object> change(ConsentChange change) {
        return ConsentViews.change(change);
    }
}
