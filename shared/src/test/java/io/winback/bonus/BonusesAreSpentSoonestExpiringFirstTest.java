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
    private final BonusGrant first = new BonusGrant("e@2026-12-05#0", new BigDecimal("100"),
            Instant.parse("2026-12-05T07:00:00Z"), Instant.parse("2026-12-11T20:59:00Z"), "sleep-1 step 1");
    private final BonusGrant second = new BonusGrant("e@2026-12-05#1", new BigDecimal("180"),
            Instant.parse("2026-12-08T07:00:00Z"), Instant.parse("2026-12-14T20:59:00Z"), "sleep-1 step 2");

    @Test
    void theGrantThatExpiresFirstIsSpentFirst() {
        BonusLedger ledger = BonusLedger.EMPTY.with(second).with(first)
                .redeem("R-1", Instant.parse("2026-12-09T09:00:00Z"), new BigDecimal("150"));
        BonusRedemption r = ledger.redemptions().getFirst();
        assertEquals(Map.of(first.id(), new BigDecimal("100"), second.id(), new BigDecimal("50")), r.fromGrants());
        assertEquals(0, BigDecimal.ZERO.compareTo(r.overdraft()));
        assertEquals(0, new BigDecimal("130").compareTo(ledger.balance(Instant.parse("2026-12-10T09:00:00Z"))));
        assertEquals(second, ledger.nearestExpiry(Instant.parse("2026-12-10T09:00:00Z")).orElseThrow());
    }

    @Test
    void moreThanTheBalanceIsRecordedAsOverdraftAndExpiredGrantsDoNotCount() {
        BonusLedger ledger = BonusLedger.EMPTY.with(first)
                .redeem("R-1", Instant.parse("2026-12-12T09:00:00Z"), new BigDecimal("60"));
        assertEquals(Map.of(), ledger.redemptions().getFirst().fromGrants(), "the grant had expired");
        assertEquals(0, new BigDecimal("60").compareTo(ledger.overdraft()));
    }

    @Test
    void grantingTwiceUnderOneIdGrantsOnce() {
        BonusLedger ledger = BonusLedger.EMPTY.with(first);
        assertSame(ledger, ledger.with(first));
    }

    @Test
    void aSaleRedeemsThroughTheCustomerExactlyOnce() {
        Customer customer = Customer.firstSeen("C-1").withBonuses(BonusLedger.EMPTY.with(first));
        var sale = Sales.sale("R-1", "C-1", "2026-12-09T12:00:00+03:00", "900");
        sale = new io.winback.domain.Sale(sale.saleId(), sale.type(), null, sale.storeId(), sale.occurredAt(),
                sale.customer(), sale.lines(), sale.total(), sale.currency(), new BigDecimal("70.00"));
        Instant now = Instant.parse("2026-12-09T10:00:00Z");
        Customer once = customer.apply(sale, now, MOSCOW);
        Customer twice = once.apply(sale, now, MOSCOW);
        assertEquals(1, twice.bonuses().redemptions().size());
        assertEquals(0, new BigDecimal("30").compareTo(twice.bonuses().balance(now)));
    }
}
