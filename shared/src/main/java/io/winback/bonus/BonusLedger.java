package io.winback.bonus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's bonuses: grants and what sales redeemed. It lives on the customer, so a sale's redemption is applied
 * exactly once by the same mechanism as its statistics. Redemptions consume grants valid at the sale's time,
 * soonest-expiring first.
 */
public record BonusLedger(List<BonusGrant> grants, List<BonusRedemption> redemptions) {
    public static final BonusLedger EMPTY = new BonusLedger(List.of(), List.of());

    public BonusLedger {
        grants = List.copyOf(grants);
        redemptions = List.copyOf(redemptions);
    }

    public Optional<BonusGrant> grant(String id) {
        return grants.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** This ledger with {@code grant}; unchanged if a grant with its id is there already. */
    public BonusLedger with(BonusGrant grant) {
        if (grant(grant.id()).isPresent()) {
            return this;
        }
        List<BonusGrant> more = new ArrayList<>(grants);
        more.add(grant);
        return new BonusLedger(more, redemptions);
    }

    public BigDecimal remaining(BonusGrant grant) {
        BigDecimal spent = BigDecimal.ZERO;
        for (BonusRedemption r : redemptions) {
            spent = spent.add(r.fromGrants().getOrDefault(grant.id(), BigDecimal.ZERO));
        }
        return grant.amount().subtract(spent);
    }

    /** Spends {@code amount} for sale {@code saleId} at {@code at}; what no valid grant covers is overdraft. */
    public BonusLedger redeem(String saleId, Instant at, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            return this;
        }
        Map<String, BigDecimal> from = new LinkedHashMap<>();
        BigDecimal left = amount;
        List<BonusGrant> usable = grants.stream().filter(g -> g.isValidAt(at))
                .sorted(Comparator.comparing(BonusGrant::validUntil).thenComparing(BonusGrant::id)).toList();
        for (BonusGrant grant : usable) {
            BigDecimal available = remaining(grant);
            if (left.signum() <= 0 || available.signum() <= 0) {
                continue;
            }
            BigDecimal take = available.min(left);
            from.put(grant.id(), take);
            left = left.subtract(take);
        }
        List<BonusRedemption> more = new ArrayList<>(redemptions);
        more.add(new BonusRedemption(saleId, at, amount, from, left.max(BigDecimal.ZERO)));
        return new BonusLedger(grants, more);
    }

    /** What the customer can spend at {@code now}. */
    public BigDecimal balance(Instant now) {
        BigDecimal balance = BigDecimal.ZERO;
        for (BonusGrant grant : grants) {
            if (grant.isValidAt(now)) {
                balance = balance.add(remaining(grant).max(BigDecimal.ZERO));
            }
        }
        return balance;
    }

    /** The valid grant with money left that expires first. */
    public Optional<BonusGrant> nearestExpiry(Instant now) {
        return grants.stream().filter(g -> g.isValidAt(now) && remaining(g).signum() > 0)
                .min(Comparator.comparing(BonusGrant::validUntil));
    }

    public BigDecimal overdraft() {
        return redemptions.stream().map(BonusRedemption::overdraft).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
