package io.winback.erasure;

import io.winback.chain.Channel;
import io.winback.chain.Conversion;
import io.winback.consent.ConsentChange;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.messages.MessageContent;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.consent.Consent;
import io.winback.domain.Gender;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleLine;
import io.winback.domain.Sales;
import io.winback.domain.PurchaseBand;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure decisions of an erasure: what stays for the shop's books, in what form, and what goes. */
class WhatAnErasureKeepsIsTheBooksWithoutThePersonTest {
    private static final String KEY = "+79161234567";
    private static final String ERASED_AS = new CustomerKeyHash("test-salt").pseudonymOf(KEY);
    private static final Instant AT = Instant.parse("2026-08-06T07:00:00Z");

    @Test
    void aReceiptKeepsItsFiguresAndLosesThePerson() {
        SaleCustomer anna = new SaleCustomer(null, KEY, "anna@example.com", "4000123", "Anna", Gender.F,
                LocalDate.parse("1990-04-01"), true, new Consent(true, true));
        Sale sale = new Sale("S-1", io.winback.domain.SaleType.SALE, null, "moscow-1",
                Sales.sale("x", "x", "2026-06-01T12:00:00+03:00", "1").occurredAt(), anna,
                List.of(new SaleLine("BEANS", "coffee", "Beans", BigDecimal.ONE, new BigDecimal("950.00"),
                        new BigDecimal("50.00"))), new BigDecimal("900.00"), "RUB", new BigDecimal("50.00"));

        Sale kept = WhatErasureKeeps.sale(sale, ERASED_AS);

        assertEquals(new SaleCustomer(ERASED_AS, null, null, null, null, null, null, null, null), kept.customer());
        assertEquals(ERASED_AS, kept.customerKey(), "filed under the pseudonym");
        assertEquals(List.of(sale.saleId(), sale.storeId(), sale.occurredAt(), sale.lines(), sale.total(),
                sale.currency(), sale.bonusRedeemed()), List.of(kept.saleId(), kept.storeId(), kept.occurredAt(),
                kept.lines(), kept.total(), kept.currency(), kept.bonusRedeemed()));
    }

    @Test
    void aRunningEpisodeEndsAndAFinishedOneStaysAsItWas() {
        Episode running = episode(EpisodeStatus.ACTIVE, null);
        Episode converted = episode(EpisodeStatus.CONVERTED, new Conversion("fell-asleep@2026-08-06#0", 0, "S-2",
                AT.plusSeconds(86_400), new BigDecimal("1200.00"), BigDecimal.ZERO));

        Episode ended = WhatErasureKeeps.episode(running, ERASED_AS);
        Episode kept = WhatErasureKeeps.episode(converted, ERASED_AS);

        assertEquals(EpisodeStatus.EXITED, ended.status());
        assertEquals(WhatErasureKeeps.ERASED_REASON, ended.endReason());
        assertNull(ended.dueOn(), "out of the due index: nothing more is done for them");
        assertEquals(ERASED_AS, ended.customerKey());
        assertEquals(converted.forCustomer(ERASED_AS), kept, "counted in the campaign report as before");
    }

    @Test
    void aTouchKeepsWhatTheReportCountsAndLosesTheMessage() {
        Touch sent = touch(TouchStatus.SENT, "msg-1", null);
        Touch failed = touch(TouchStatus.FAILED, null, "Invalid parameter: PhoneNumber " + KEY);
        Touch skipped = touch(TouchStatus.SKIPPED, null, "no_consent");
        Touch inTheCall = touch(TouchStatus.SENDING, null, null);

        Touch keptSent = WhatErasureKeeps.touch(sent, ERASED_AS);
        assertEquals(ERASED_AS, keptSent.customerKey());
        assertEquals(TouchStatus.SENT, keptSent.status());
        assertEquals(List.of(sent.episodeId(), sent.step(), sent.channel(), sent.at(), sent.bonusAmount(),
                sent.windowEnd()), List.of(keptSent.episodeId(), keptSent.step(), keptSent.channel(), keptSent.at(),
                keptSent.bonusAmount(), keptSent.windowEnd()));
        assertNull(keptSent.message(), "the text and subject go");
        assertNull(keptSent.providerMessageId(), "the provider's copy is not to be looked up by it");
        assertNull(WhatErasureKeeps.touch(failed, ERASED_AS).reason(), "a provider's words may quote the address");
        assertEquals("no_consent", WhatErasureKeeps.touch(skipped, ERASED_AS).reason(), "a code is counted");
        assertEquals(TouchStatus.UNKNOWN, WhatErasureKeeps.touch(inTheCall, ERASED_AS).status(),
                "caught in the call: it may have gone out");
    }

    @Test
    void aConsentStatementStaysUnderThePseudonym() {
        ConsentChange said = new ConsentChange(KEY, Channel.EMAIL, false, AT, "unsubscribe_link", null);
        assertEquals(new ConsentChange(ERASED_AS, Channel.EMAIL, false, AT, "unsubscribe_link", null),
                WhatErasureKeeps.consent(said, ERASED_AS));
    }

    @Test
    void aReceiptMadeUntilTheErasureIsKeptOutAndOneMadeAfterStartsANewCustomer() {
        Tombstone tombstone = Tombstone.begin(ERASED_AS, AT, null);
        assertTrue(tombstone.keepsOut(AT.minusSeconds(86_400 * 60)));
        assertTrue(tombstone.keepsOut(AT), "the erasure's own instant still belongs to the erased person");
        assertFalse(tombstone.keepsOut(AT.plusMillis(1)));
    }

    @Test
    void thePseudonymIsStableKeyedAndNamesNobody() {
        assertEquals(ERASED_AS, new CustomerKeyHash("test-salt").pseudonymOf(KEY));
        assertFalse(ERASED_AS.equals(new CustomerKeyHash("other-salt").pseudonymOf(KEY)), "keyed by the secret");
        assertFalse(ERASED_AS.equals(new CustomerKeyHash("test-salt").pseudonymOf("+79161234568")));
        assertTrue(ERASED_AS.startsWith(CustomerKeyHash.PREFIX));
        assertFalse(ERASED_AS.contains("9161234567"));
    }

    @Test
    void erasedAgainAfterBuyingAgainKeepsTheEarliestFirstPurchase() {
        Tombstone first = Tombstone.begin(ERASED_AS, AT, AT.minusSeconds(86_400 * 90)).withErased("sales", 2)
                .asFinished();
        Tombstone again = first.erasedAgain(AT.plusSeconds(86_400 * 30), AT.plusSeconds(86_400));
        assertEquals(AT.plusSeconds(86_400 * 30), again.erasedAt());
        assertEquals(first.firstPurchaseAt(), again.firstPurchaseAt());
        assertEquals(Map.of(), again.erased(), "a new run: every eraser runs again");
        assertFalse(again.finished());
    }

    private static Episode episode(EpisodeStatus status, Conversion conversion) {
        return new Episode(KEY, "fell-asleep@2026-08-06", "sleep-1", 0, PurchaseBand.ONE, false, AT, null, status, 1,
                status == EpisodeStatus.ACTIVE ? LocalDate.parse("2026-08-13") : null, null, null, conversion, null, 3);
    }

    private static Touch touch(TouchStatus status, String messageId, String reason) {
        return new Touch(KEY, "fell-asleep@2026-08-06", 0, status, Channel.SMS, AT, new BigDecimal("100"),
                AT.plusSeconds(86_400 * 7), AT.plusSeconds(86_400 * 7), messageId, reason, null,
                MessageContent.sms("Дарим вам 100 рублей"), null);
    }
}
