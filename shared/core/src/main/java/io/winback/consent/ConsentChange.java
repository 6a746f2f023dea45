package io.winback.consent;

import io.winback.chain.Channel;

import java.time.Instant;

/**
 * One statement about a customer's marketing consent, kept forever: the ledger answers "why did they get this
 * message" and "when did they say stop". {@code source}: sale, api, unsubscribe_link, sns_opt_out. A statement
 * that changed nothing because it was refused (a till's plain yes after the customer withdrew) is kept too, with
 * {@code applied} false and the reason in {@code note}; {@code note} otherwise says where it came from, if anywhere.
 */
public record ConsentChange(String customerKey, Channel channel, boolean granted, Instant at, String source,
                            String textVersion, boolean applied, String note) {

    /** An applied change without a note. */
    public ConsentChange(String customerKey, Channel channel, boolean granted, Instant at, String source,
                         String textVersion) {
        this(customerKey, channel, granted, at, source, textVersion, true, null);
    }

    /** The same statement kept under another customer key (an erased customer's pseudonym). */
    public ConsentChange forCustomer(String newCustomerKey) {
        return new ConsentChange(newCustomerKey, channel, granted, at, source, textVersion, applied, note);
    }
}
