package io.winback.dynamo;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusLedger;
import io.winback.bonus.BonusRedemption;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's bonus ledger on the customer item: the grants in play by id (each with what was spent of it) and the
 * totals of every redemption. Grants and redemptions are also items of their own (see {@link DynamoBonusHistory}),
 * written here in the same shapes.
 */
final class BonusItems {
    static final String GRANTS = "bonusGrants";
    static final String REDEEMED = "bonusRedeemed";
    static final String OVERDRAFT = "bonusOverdraft";
    static final String REDEMPTIONS = "bonusRedemptionCount";
    /** Items written before redemptions had items of their own kept each one here; read into the totals. */
    private static final String LEGACY_REDEMPTIONS = "bonusRedemptions";

    private BonusItems() {
    }

    static void put(Map<String, AttributeValue> item, BonusLedger ledger) {
        if (!ledger.grants().isEmpty()) {
            Map<String, AttributeValue> grants = new HashMap<>();
            for (BonusGrant g : ledger.grants()) {
                Map<String, AttributeValue> value = new HashMap<>(grant(g));
                BigDecimal spent = ledger.spent().get(g.id());
                if (spent != null) {
                    value.put("spent", AttributeValue.fromN(spent.toPlainString()));
                }
                grants.put(g.id(), AttributeValue.fromM(value));
            }
            item.put(GRANTS, AttributeValue.fromM(grants));
        }
        if (ledger.redemptions() > 0) {
            item.put(REDEEMED, AttributeValue.fromN(ledger.redeemed().toPlainString()));
            item.put(OVERDRAFT, AttributeValue.fromN(ledger.overdraft().toPlainString()));
            item.put(REDEMPTIONS, AttributeValue.fromN(Long.toString(ledger.redemptions())));
        }
    }

    static BonusLedger read(Map<String, AttributeValue> item) {
        List<BonusGrant> grants = new ArrayList<>();
        Map<String, BigDecimal> spent = new HashMap<>();
        Attributes.map(item, GRANTS).forEach((id, value) -> {
            grants.add(grant(id, value.m()));
            AttributeValue taken = value.m().get("spent");
            if (taken != null) {
                spent.put(id, new BigDecimal(taken.n()));
            }
        });
        grants.sort(Comparator.comparing(BonusGrant::validFrom).thenComparing(BonusGrant::id));
        BigDecimal redeemed = amount(item, REDEEMED);
        BigDecimal overdraft = amount(item, OVERDRAFT);
        long count = Attributes.wholeNumber(item, REDEMPTIONS, 0);
        for (AttributeValue legacy : Attributes.map(item, LEGACY_REDEMPTIONS).values()) {
            BonusRedemption r = redemption("legacy", legacy.m());
            r.fromGrants().forEach((id, amount) -> spent.merge(id, amount, BigDecimal::add));
            redeemed = redeemed.add(r.amount());
            overdraft = overdraft.add(r.overdraft());
            count++;
        }
        return new BonusLedger(grants, spent, redeemed, overdraft, count);
    }

    static Map<String, AttributeValue> grant(BonusGrant g) {
        return Map.of("amount", AttributeValue.fromN(g.amount().toPlainString()),
                "from", AttributeValue.fromS(g.validFrom().toString()),
                "until", AttributeValue.fromS(g.validUntil().toString()),
                "reason", AttributeValue.fromS(g.reason()));
    }

    static BonusGrant grant(String id, Map<String, AttributeValue> g) {
        return new BonusGrant(id, new BigDecimal(g.get("amount").n()), Instant.parse(g.get("from").s()),
                Instant.parse(g.get("until").s()), g.get("reason").s());
    }

    static Map<String, AttributeValue> redemption(BonusRedemption r) {
        Map<String, AttributeValue> from = new HashMap<>();
        r.fromGrants().forEach((id, amount) -> from.put(id, AttributeValue.fromN(amount.toPlainString())));
        return Map.of("at", AttributeValue.fromS(r.at().toString()),
                "amount", AttributeValue.fromN(r.amount().toPlainString()),
                "overdraft", AttributeValue.fromN(r.overdraft().toPlainString()),
                "from", AttributeValue.fromM(from));
    }

    static BonusRedemption redemption(String saleId, Map<String, AttributeValue> r) {
        Map<String, BigDecimal> from = new LinkedHashMap<>();
        r.get("from").m().forEach((id, amount) -> from.put(id, new BigDecimal(amount.n())));
        return new BonusRedemption(saleId, Instant.parse(r.get("at").s()), new BigDecimal(r.get("amount").n()),
                from, new BigDecimal(r.get("overdraft").n()));
    }

    private static BigDecimal amount(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? BigDecimal.ZERO : new BigDecimal(value.n());
    }
}
