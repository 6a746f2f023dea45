package io.winback.erasure;

import io.winback.consent.ConsentChange;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;

import java.util.regex.Pattern;

/**
 * What an erasure keeps of a customer, and in what form: the shop's books without a person in them. Everything kept
 * moves to the pseudonym ({@link CustomerKeyHash}), so counts that were per customer stay per (anonymous) customer.
 * <ul>
 *   <li>Receipts stay, with their lines, totals, store, time and bonus redeemed (the period's metrics); the customer
 *   on them becomes the pseudonym alone: no name, phone, email, card, birthday, gender or consent flags.</li>
 *   <li>Episodes and touches stay, for the finished campaign reports' counts; a touch loses the message text and
 *   subject, the provider's id of the message and any reason that is not one of Winback's codes (a provider's error
 *   can quote an address). An episode still running ends, {@code exited} for {@value #ERASED_REASON}: nothing more is
 *   sent, granted or asked of staff.</li>
 *   <li>Consent statements stay (what was said, when, through which source), as proof of how past messages were
 *   allowed.</li>
 *   <li>Erased outright, nothing kept: the card (contacts, custom properties, statistics, scores, sleep decision),
 *   bonuses, call tasks (name, phone, staff's comment), the buyers-index rows, the purchase days per product group
 *   (the groups' interval counts stay: counts per length, no one in them), messages in the local outbox.</li>
 * </ul>
 */
public final class WhatErasureKeeps {
    /** Why an episode running at the erasure ended; also the reason of a touch the erasure caught mid-way. */
    public static final String ERASED_REASON = "customer_erased";
    /** Winback's own reason codes (no_consent, opted_out, purchase_outside_window…): nothing personal in them. */
    private static final Pattern REASON_CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private WhatErasureKeeps() {
    }

    public static Sale sale(Sale sale, String erasedAs) {
        SaleCustomer nobody = new SaleCustomer(erasedAs, null, null, null, null, null, null, null, null);
        return new Sale(sale.saleId(), sale.type(), sale.originalSaleId(), sale.storeId(), sale.occurredAt(), nobody,
                sale.lines(), sale.total(), sale.currency(), sale.bonusRedeemed());
    }

    public static Episode episode(Episode episode, String erasedAs) {
        Episode kept = episode.forCustomer(erasedAs);
        return kept.isActive() ? kept.ended(EpisodeStatus.EXITED, ERASED_REASON, null) : kept;
    }

    /**
     * A touch caught before it settled: one still claimed sent nothing and is counted skipped; one sending may have
     * gone out and is counted unknown, as a crash in the same place would leave it.
     */
    public static Touch touch(Touch touch, String erasedAs) {
        Touch kept = touch.forCustomer(erasedAs).withoutMessage();
        String reason = kept.reason() != null && REASON_CODE.matcher(kept.reason()).matches() ? kept.reason() : null;
        TouchStatus status = switch (kept.status()) {
            case CLAIMED -> TouchStatus.SKIPPED;
            case SENDING -> TouchStatus.UNKNOWN;
            default -> kept.status();
        };
        return kept.with(status, null, status == kept.status() ? reason : ERASED_REASON);
    }

    public static ConsentChange consent(ConsentChange change, String erasedAs) {
        return change.forCustomer(erasedAs);
    }
}
