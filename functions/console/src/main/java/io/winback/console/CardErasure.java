package io.winback.console;

import io.winback.erasure.CustomerErasure;
import io.winback.log.JsonLog;

import java.util.Optional;

/**
 * The owner erases a customer from their card (the person's right to erasure, GDPR art. 17, 152-FZ art. 21), exactly
 * as {@code DELETE /v1/customers/{id}} erases them ({@link CustomerErasure}: every store that names the person, their
 * segments; the books kept under a pseudonym). Nothing this irreversible happens by a slip: the form asks for the
 * customer's id typed again.
 */
final class CardErasure {
    private static final JsonLog LOG = JsonLog.forClass(CardErasure.class);

    private final CustomerErasure erasure;

    CardErasure(CustomerErasure erasure) {
        this.erasure = erasure;
    }

    /** Empty when erased (now or before); otherwise why not, with its status. */
    Optional<Refusal> erase(String customerKey, String typedAgain) {
        if (typedAgain == null || !typedAgain.strip().equals(customerKey)) {
            return Optional.of(new Refusal(400, "Чтобы стереть клиента, введите его код ещё раз — в точности.",
                    "To erase the customer, type their id again, exactly."));
        }
        return switch (erasure.erase(customerKey)) {
            case CustomerErasure.Outcome.Erased erased -> {
                LOG.info("customer_erased", "customer", JsonLog.mask(customerKey), "from", "console",
                        "now", erased.now());
                yield Optional.empty();
            }
            case CustomerErasure.Outcome.Unknown unknown -> Optional.of(new Refusal(404, "Такого клиента нет.",
                    "There is no such customer."));
        };
    }
}
