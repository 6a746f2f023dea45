package io.winback.bonus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's bonuses as the customer item keeps them: the grants still in play, what has been spent of each, and
 * totals over every redemption ever. It lives on the customer, so a sale's redemption is applied exactly once by the
 * same mechanism as its statistics; each redemption and grant is also kept in an item of its own
 * ({@link BonusHistory}), which is where the full list is read, so the customer item stays small however many
 * sales redeemed bonus. Redemptions consume grants valid at the sale's time, soonest-expiring first.
 *
 * <p>Bounded: a grant leaves this ledger {@link #KEPT_AFTER_EXPIRY} after it expired (only a receipt that old,
 * sent late by an offline till, could still spend from it) and at most {@link #MAX_GRANTS} are kept, the latest
 * expiring. Chains grant a few bonuses a month at most (the frequency cap), so neither bound bites in practice.
 *
 * @param grants      the grants in play, oldest first
 * @param spent       what redemptions took from each grant in play, by grant id
 * @param redeemed    every redemption's amount, summed
 * @param overdraft   what tills took beyond the valid balance, summed
 * @param redemptions how many sales redeemed bonus
 */
public record BonusLedger(List<BonusGrant> grants, Map<String, BigDecimal> spent, BigDecimal redeemed,
                          BigDecimal overdraft, long redemptions) {
    public static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(92);
    public static final int MAX_GRANTS = 50;
    public static final BonusLedger EMPTY = new BonusLedger(List.of(), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO, 0);

    public BonusLedger {
        grants = List.copyOf(grants);
        spent = Map.copyOf(spent);
    }

    public Optional<BonusGrant> grant(String id) {
        return grants.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * This ledger with {@code grant}, and without the grants out of play at {@code now}; unchanged if a grant with
     * its id is there already or the grant itself is out of play.
     */
    public BonusLedger with(BonusGrant grant, Instant now) {
        if (grant(grant.id()).isPresent() || outOfPlay(grant, now)) {
            return this;
        }
        List<BonusGrant> more = new ArrayList<>(grants);
        more.add(grant);
        more.removeIf(g -> outOfPlay(g, now));
        if (more.size() > MAX_GRANTS) {
            more.sort(Comparator.comparing(BonusGrant::validUntil).thenComparing(BonusGrant::id));
            more = new ArrayList<>(more.subList(more.size() - MAX_GRANTS, more.size()));
        }
        more.sort(Comparator.comparing(BonusGrant::validFrom).thenComparing(BonusGrant::id));
        Map<String, BigDecimal> stillSpent = new HashMap<>();
        for (BonusGrant g : more) {
            stillSpent.put(g.id(), spent.getOrDefault(g.id(), BigDecimal.ZERO));
        }
        stillSpent.values().removeIf(amount -> amount.signum() == 0);
        return new BonusLedger(more, stillSpent, redeemed, overdraft, redemptions);
    }

    private static boolean outOfPlay(BonusGrant grant, Instant now) {
        return grant.validUntil().plus(KEPT_AFTER_EXPIRY).isBefore(now);
    }

    public BigDecimal remaining(BonusGrant grant) {
        return grant.amount().subtract(spent.getOrDefault(grant.id(), BigDecimal.ZERO));
    }

    /**
     * What spending {@code amount} for sale {@code saleId} at {@code at} takes from which grant; what no valid grant
     * covers is overdraft. Null when nothing is spent.
     */
    public BonusRedemption redemption(String saleId, Instant at, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            return null;
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
        return new BonusRedemption(saleId, at, amount, from, left.max(BigDecimal.ZERO));
    }

    /** This ledger after {@code redemption} (made by {@link #redemption} on this ledger). */
    public BonusLedger after(BonusRedemption redemption) {
        Map<String, BigDecimal> more = new HashMap<>(spent);
        redemption.fromGrants().forEach((id, amount) -> more.merge(id, amount, BigDecimal::add));
        return new BonusLedger(grants, more, redeemed.add(redemption.amount()),
                overdraft.add(redemption.overdraft()), redemptions + 1);
    }

    /** Spends {@code amount} for sale {@code saleId} at {@code at}: {@link #redemption}, then {@link #after}. */
    public BonusLedger redeem(String saleId, Instant at, BigDecimal amount) {
        BonusRedemption redemption = redemption(saleId, at, amount);
        return redemption == null ? this : after(redemption);
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
}
