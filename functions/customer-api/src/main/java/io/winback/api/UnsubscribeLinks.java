package io.winback.api;

import io.winback.profile.ConsentWrite;

import io.winback.chain.Contacts;
import io.winback.chain.Playbook;
import io.winback.domain.CustomerStore;
import io.winback.http.ApiReply;
import io.winback.messages.UnsubscribeTokens.Unsubscribe;
import io.winback.messages.UnsubscribeTokens;

import java.util.Map;
import java.util.Optional;

/**
 * The unsubscribe link every marketing message carries, {@code /v1/unsubscribe?token=...}. The signed token is the
 * proof of who leaves which channel, so no API token is asked. Opening the link (GET) only asks: mail scanners
 * prefetch links, and a prefetch must not unsubscribe anyone. The page's button, or the mail client's one-click
 * POST (RFC 8058), withdraws the consent; whatever body the POST carries is ignored.
 *
 * <p>A valid link for a customer who is no longer stored is answered as if they had been unsubscribed: there is
 * nothing to do, and the answer must not tell whether someone is a customer.
 */
final class UnsubscribeLinks {
    /** The ledger's name for a withdrawal through the link. */
    static final String SOURCE = "unsubscribe_link";
    private static final String TOKEN_PARAMETER = "token";

    private final UnsubscribeTokens tokens;
    private final CustomerStore customers;
    private final CustomerConsents consents;

    UnsubscribeLinks(UnsubscribeTokens tokens, CustomerStore customers, CustomerConsents consents) {
        this.tokens = tokens;
        this.customers = customers;
        this.consents = consents;
    }

    /** Who the link in {@code query} unsubscribes from what; empty when it is missing, forged or edited. */
    Optional<Unsubscribe> verify(Map<String, String> query) {
        return tokens.verify(query.get(TOKEN_PARAMETER));
    }

    /** GET: the question and its button, in the customer's language. Writes nothing. */
    ApiReply ask(Optional<Unsubscribe> link) {
        if (link.isEmpty()) {
            return UnsubscribePages.invalidLink();
        }
        String language = customers.find(link.get().customerKey()).map(c -> Contacts.of(c).language())
                .orElse(Playbook.DEFAULT_LANGUAGE);
        return UnsubscribePages.question(language, link.get().channel());
    }

    /** POST: the withdrawal, once however often it is sent, then the confirmation. */
    ApiReply unsubscribe(Optional<Unsubscribe> link) {
        if (link.isEmpty()) {
            return UnsubscribePages.invalidLink();
        }
        Unsubscribe who = link.get();
        return switch (consents.withdrawOnce(who.customerKey(), who.channel(), SOURCE)) {
            case ConsentWrite.Written written ->
                    UnsubscribePages.unsubscribed(Contacts.of(written.customer()).language(), who.channel());
            case ConsentWrite.NoSuchCustomer none ->
                    UnsubscribePages.unsubscribed(Playbook.DEFAULT_LANGUAGE, who.channel());
            case ConsentWrite.KeptChanging busy -> UnsubscribePages.notSaved(503);
        };
    }
}
