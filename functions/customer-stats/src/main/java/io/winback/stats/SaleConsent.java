package io.winback.stats;

import io.winback.chain.Channel;
import io.winback.chain.ConsentChange;
import io.winback.domain.Customer;
import io.winback.domain.Sale;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The consent changes a receipt made: a channel whose current consent it set to another value. */
final class SaleConsent {
    static final String SOURCE = "sale";

    private SaleConsent() {
    }

    static List<ConsentChange> changes(Customer before, Customer after, Sale sale) {
        List<ConsentChange> changes = new ArrayList<>();
        add(changes, before.profile().consentSms(), after.profile().consentSms(), Channel.SMS, after, sale);
        add(changes, before.profile().consentEmail(), after.profile().consentEmail(), Channel.EMAIL, after, sale);
        return changes;
    }

    private static void add(List<ConsentChange> changes, Boolean was, Boolean now, Channel channel, Customer customer,
                            Sale sale) {
        if (now != null && !Objects.equals(was, now)) {
            changes.add(new ConsentChange(customer.key(), channel, now, sale.occurredAt().toInstant(), SOURCE,
                    "sale " + sale.saleId()));
        }
    }
}
