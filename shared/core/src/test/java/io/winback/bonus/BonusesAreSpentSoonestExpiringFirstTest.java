package io.winback.bonus;

import io.winback.domain.Customer;
import io.winback.domain.Sales;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A sale's bonus consumes valid grants soonest-expiring first; what no grant covers is an overdraft, never a refusal. */
class BonusesAreSpentSoonestExpiringFirstTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant GRANTED = Instant.parse("2026-12-05T07:00:00Z");
    private final BonusGrant first = new BonusGrant("e@2026-12-05#0", new BigDecimal("100"),
            Instant.parse("2026-12-05T07:00:00Z"), Instant.parse("2026-12-11T20:59:00Z"), "sleep-1 step 1");
    private final BonusGrant second = new BonusGrant("e@2026-12-05#1", new BigDecimal("180"),
            Instant.parse("2026-12-08T07:00:00Z"), Instant.parse("2026-12-14T20:59:00Z"), "sleep-1 step 2");

    @Test
    void theGrantThatExpiresFirstIsSpentFirst() {
        BonusLedger granted = BonusLedger.EMPTY.with(second, GRANTED).with(first, GRANTED);
        BonusRedemption r = granted.redemption("R-1", Instant.parse("2026-12-09T09:00:00Z"), new BigDecimal("150"));
        BonusLedger ledger = granted.after(r);
        assertEquals(Map.of(first.id(), new BigDecimal("100"), second.id(), new BigDecimal("50")), r.fromGrants());
        assertEquals(0, BigDecimal.ZERO.compareTo(r.overdraft()));
        assertEquals(0, new BigDecimal("130").compareTo(ledger.balance(Instant.parse("2026-12-10T09:00:00Z"))));
        assertEquals(second, ledger.nearestExpiry(Instant.parse("2026-12-10T09:00:00Z")).orElseThrow());
    }

    @Test
    void moreThanTheBalanceIsRecordedAsOverdraftAndExpiredGrantsDoNotCount() {
        BonusLedger granted = BonusLedger.EMPTY.with(first, GRANTED);
        BonusRedemption r = granted.redemption("R-1", Instant.parse("2026-12-12T09:00:00Z"), new BigDecimal("60"));
        BonusLedger ledger = granted.after(r);
        assertEquals(Map.of(), r.fromGrants(), "the grant had expired");
        assertEquals(0, new BigDecimal("60").compareTo(ledger.overdraft()));
    }

    @Test
    void grantingTwiceUnderOneIdGrantsOnce() {
        BonusLedger ledger = BonusLedger.EMPTY.with(first, GRANTED);
        assertSame(ledger, ledger.with(first, GRANTED));
    }

    @Test
    void aGrantLeavesTheLedgerLongAfterItExpiredAndTheLedgerKeepsAtMostFiftyGrants() {
        Instant muchLater = first.validUntil().plus(BonusLedger.KEPT_AFTER_EXPIRY).plusSeconds(1);
        BonusLedger ledger = BonusLedger.EMPTY.with(first, GRANTED).redeem("R-1",
                Instant.parse("2026-12-09T09:00:00Z"), new BigDecimal("40"));
        BonusGrant later = new BonusGrant("later", BigDecimal.TEN, muchLater, muchLater.plusSeconds(86_400), "x");
        BonusLedger pruned = ledger.with(later, muchLater);
        assertEquals(java.util.List.of(later), pruned.grants());
        assertEquals(0, new BigDecimal("40").compareTo(pruned.redeemed()), "the totals stay");
        for (int i = 0; i < 2 * BonusLedger.MAX_GRANTS; i++) {
            pruned = pruned.with(new BonusGrant("g-" + i, BigDecimal.ONE, muchLater, muchLater.plusSeconds(i), "x"),
                    muchLater);
        }
        assertEquals(BonusLedger.MAX_GRANTS, pruned.grants().size());
    }

    @Test
    void aSaleRedeemsThroughTheCustomerExactlyOnce() {
        Customer customer = Customer.firstSeen("C-1").withBonuses(BonusLedger.EMPTY.with(first, GRANTED));
        var sale = Sales.sale("R-1", "C-1", "2026-12-09T12:00:00+03:00", "900");
        sale = new io.winback.domain.Sale(sale.saleId(), sale.type(), null, sale.storeId(), sale.occurredAt(),
                sale.customer(), sale.lines(), sale.total(), sale.currency(), new BigDecimal("70.00"));
        Instant now = Instant.parse("2026-12-09T10:00:00Z");
        Customer once = customer.apply(sale, now, MOSCOW);
        Customer twice = once.apply(sale, now, MOSCOW);
        assertEquals(1, twice.bonuses().redemptions());
        assertEquals(0, new BigDecimal("30").compareTo(twice.bonuses().balance(now)));
    }
}
