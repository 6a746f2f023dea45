package io.winback.chain;

import java.time.Instant;

/**
 * One change of a customer's marketing consent, kept forever: the ledger answers "why did they get this message"
 * and "when did they say stop". {@code source}: sale, api, unsubscribe_link, sns_opt_out.
 */
public record ConsentChange(String customerKey, Channel channel, boolean granted, Instant at, String source,
                            String textVersion) {

    /** The same statement kept under another customer key (an erased customer's pseudonym). */
    public ConsentChange forCustomer(String newCustomerKey) {
        return new ConsentChange(newCustomerKey, channel, granted, at, source, textVersion);
    }
}
