package io.winback.json.customer;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusHistory;
import io.winback.bonus.BonusLedger;
import io.winback.bonus.BonusRedemption;
import io.winback.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A customer's bonuses as the API shows them, at the time of the request: what can be spent, which grant runs out
 * first, and the ledger behind the figures. Instants are ISO; each expiry also names its last valid day in shop
 * time, the day a cashier or an SMS says ("valid until 11 Dec"), which the instant alone leaves to the reader's zone.
 */
public final class BonusView {
    private final ZoneId shopZone;

    public BonusView(ZoneId shopZone) {
        this.shopZone = shopZone;
    }

    /**
     * The figures from the customer's ledger (what the stats applied), the lists from their history: every grant,
     * whether still in play or not, and every redemption. A grant's remaining is the ledger's while it is in play,
     * else its amount less what the history's redemptions took of it.
     */
    public Map<String, Object> of(BonusLedger ledger, BonusHistory.Entries history, Instant now) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("balance", money(ledger.balance(now)));
        view.put("nearestExpiry", ledger.nearestExpiry(now).map(grant -> {
            Map<String, Object> expiry = new LinkedHashMap<>();
            expiry.put("grantId", grant.id());
            expiry.put("remaining", money(ledger.remaining(grant)));
            expiry.put("validUntil", grant.validUntil().toString());
            expiry.put("lastValidDay", lastValidDay(grant).toString());
            return expiry;
        }).orElse(null));
        view.put("overdraft", money(ledger.overdraft()));
        view.put("redeemed", money(ledger.redeemed()));
        view.put("redemptionCount", ledger.redemptions());
        Map<String, BigDecimal> takenFromHistory = new HashMap<>();
        history.redemptions().forEach(r -> r.fromGrants().forEach((id, amount) ->
                takenFromHistory.merge(id, amount, BigDecimal::add)));
        // Grants in play and not yet in the history (granted before it was kept) are shown too.
        Map<String, BonusGrant> grants = new LinkedHashMap<>();
        history.grants().forEach(grant -> grants.put(grant.id(), grant));
        ledger.grants().forEach(grant -> grants.putIfAbsent(grant.id(), grant));
        view.put("grants", grants.values().stream()
                .sorted(Comparator.comparing(BonusGrant::validFrom).thenComparing(BonusGrant::id))
                .map(grant -> grant(grant, ledger.grant(grant.id()).isPresent() ? ledger.remaining(grant)
                        : grant.amount().subtract(takenFromHistory.getOrDefault(grant.id(), BigDecimal.ZERO)), now))
                .toList());
        view.put("redemptions", history.redemptions().stream().map(BonusView::redemption).toList());
        return view;
    }

    /** What a till needs of the grant that runs out first: how much, until when; null when nothing is spendable. */
    public Map<String, Object> nearestExpiryForTill(BonusLedger ledger, Instant now) {
        return ledger.nearestExpiry(now).map(grant -> {
            Map<String, Object> expiry = new LinkedHashMap<>();
            expiry.put("amount", money(ledger.remaining(grant)));
            expiry.put("validUntil", grant.validUntil().toString());
            expiry.put("lastValidDay", lastValidDay(grant).toString());
            return expiry;
        }).orElse(null);
    }

    private Map<String, Object> grant(BonusGrant grant, BigDecimal remaining, Instant now) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", grant.id());
        view.put("amount", money(grant.amount()));
        view.put("remaining", money(remaining.max(BigDecimal.ZERO)));
        view.put("validFrom", grant.validFrom().toString());
        view.put("validUntil", grant.validUntil().toString());
        view.put("lastValidDay", lastValidDay(grant).toString());
        view.put("reason", grant.reason());
        view.put("expired", now.isAfter(grant.validUntil()));
        return view;
    }

    private static Map<String, Object> redemption(BonusRedemption redemption) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("saleId", redemption.saleId());
        view.put("at", redemption.at().toString());
        view.put("amount", money(redemption.amount()));
        Map<String, Object> fromGrants = new TreeMap<>();
        redemption.fromGrants().forEach((grantId, amount) -> fromGrants.put(grantId, money(amount)));
        view.put("fromGrants", fromGrants);
        view.put("overdraft", money(redemption.overdraft()));
        return view;
    }

    private LocalDate lastValidDay(BonusGrant grant) {
        return LocalDate.ofInstant(grant.validUntil(), shopZone);
    }

    /**
     * Money with at least two decimals, as every amount of the API: DynamoDB hands 100.00 back as 100. Never
     * rounded: an amount with more decimals is shown as it is kept.
     */
    public static BigDecimal money(BigDecimal amount) {
        return Money.asKept(amount);
    }
}
