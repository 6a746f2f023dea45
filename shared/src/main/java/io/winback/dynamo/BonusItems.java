package io.winback.dynamo;

import io.winback.bonus.BonusGrant;
import io.winback.bonus.BonusLedger;
import io.winback.bonus.BonusRedemption;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A customer's bonus ledger as two maps on the customer item: grants by id, redemptions by sale id. */
final class BonusItems {
    private BonusItems() {
    }

    static void put(Map<String, AttributeValue> item, BonusLedger ledger) {
        if (!ledger.grants().isEmpty()) {
            Map<String, AttributeValue> grants = new HashMap<>();
            for (BonusGrant g : ledger.grants()) {
                grants.put(g.id(), AttributeValue.fromM(Map.of(
                        "amount", AttributeValue.fromN(g.amount().toPlainString()),
                        "from", AttributeValue.fromS(g.validFrom().toString()),
                        "until", AttributeValue.fromS(g.validUntil().toString()),
                        "reason", AttributeValue.fromS(g.reason()))));
            }
            item.put("bonusGrants", AttributeValue.fromM(grants));
        }
        if (!ledger.redemptions().isEmpty()) {
            Map<String, AttributeValue> redemptions = new HashMap<>();
            for (BonusRedemption r : ledger.redemptions()) {
                Map<String, AttributeValue> from = new HashMap<>();
                r.fromGrants().forEach((id, amount) -> from.put(id, AttributeValue.fromN(amount.toPlainString())));
                redemptions.put(r.saleId(), AttributeValue.fromM(Map.of(
                        "at", AttributeValue.fromS(r.at().toString()),
                        "amount", AttributeValue.fromN(r.amount().toPlainString()),
                        "overdraft", AttributeValue.fromN(r.overdraft().toPlainString()),
                        "from", AttributeValue.fromM(from))));
            }
            item.put("bonusRedemptions", AttributeValue.fromM(redemptions));
        }
    }

    static BonusLedger read(Map<String, AttributeValue> item) {
        List<BonusGrant> grants = new ArrayList<>();
        Attributes.map(item, "bonusGrants").forEach((id, value) -> {
            Map<String, AttributeValue> g = value.m();
            grants.add(new BonusGrant(id, new BigDecimal(g.get("amount").n()), Instant.parse(g.get("from").s()),
                    Instant.parse(g.get("until").s()), g.get("reason").s()));
        });
        List<BonusRedemption> redemptions = new ArrayList<>();
        Attributes.map(item, "bonusRedemptions").forEach((saleId, value) -> {
            Map<String, AttributeValue> r = value.m();
            Map<String, BigDecimal> from = new LinkedHashMap<>();
            r.get("from").m().forEach((id, amount) -> from.put(id, new BigDecimal(amount.n())));
            redemptions.add(new BonusRedemption(saleId, Instant.parse(r.get("at").s()), new BigDecimal(r.get("amount").n()),
                    from, new BigDecimal(r.get("overdraft").n())));
        });
        grants.sort(java.util.Comparator.comparing(BonusGrant::validFrom).thenComparing(BonusGrant::id));
        redemptions.sort(java.util.Comparator.comparing(BonusRedemption::at).thenComparing(BonusRedemption::saleId));
        return new BonusLedger(grants, redemptions);
    }
}
