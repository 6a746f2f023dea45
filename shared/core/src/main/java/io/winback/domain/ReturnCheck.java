package io.winback.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule for returns: a return of a known sale refers to a sale (not another return) of the same customer, and all
 * returns of one sale together refund at most what it came to. A return whose original Winback never saw (sold
 * before Winback, or no {@code originalSaleId}) is taken as unmatched: the shop's books need it, and nothing can be
 * checked. A return already stored (a retry) is not judged again: its write answers duplicate or conflict.
 */
public final class ReturnCheck {
    /** How an erased customer's kept receipts are keyed (see {@code io.winback.erasure.CustomerKeyHash}). */
    private static final String ERASED = "erased:";

    private ReturnCheck() {
    }

    /** What the check says of one receipt of a request. */
    public sealed interface Verdict {
        /** A purchase: not this rule's business. */
        record NotAReturn() implements Verdict {
        }

        /** Stored before, or listed earlier in the same request: the write tells duplicate from conflict. */
        record AlreadyStored() implements Verdict {
        }

        /** No original given, or one Winback does not hold. */
        record Unmatched() implements Verdict {
        }

        /** Refunds part of {@code original}, taking its refunded total from {@code before} to {@code after}. */
        record Against(RefundableSale original, BigDecimal before, BigDecimal after) implements Verdict {
        }

        /** Not to be stored: {@code field} and why. */
        record Refused(String field, String message) implements Verdict {
        }
    }

    /**
     * One verdict per receipt of {@code sales}, in order. Returns of one original within the request count together
     * in their order, on top of what {@code stored} says was refunded before.
     *
     * @param stored what is stored under the request's sale ids and original sale ids (absent: not stored)
     */
    public static List<Verdict> judge(List<Sale> sales, Map<String, RefundableSale> stored) {
        List<Verdict> verdicts = new ArrayList<>(sales.size());
        Map<String, BigDecimal> refundedSoFar = new HashMap<>();
        Set<String> listed = new HashSet<>();
        for (Sale sale : sales) {
            boolean listedBefore = !listed.add(sale.saleId());
            if (sale.type() != SaleType.RETURN) {
                verdicts.add(new Verdict.NotAReturn());
            } else if (listedBefore || stored.containsKey(sale.saleId())) {
                verdicts.add(new Verdict.AlreadyStored());
            } else {
                verdicts.add(judge(sale, sale.originalSaleId() == null ? null : stored.get(sale.originalSaleId()),
                        refundedSoFar));
            }
        }
        return verdicts;
    }

    private static Verdict judge(Sale ret, RefundableSale original, Map<String, BigDecimal> refundedSoFar) {
        if (original == null || original.customerKey().startsWith(ERASED)) {
            // Unknown, or its customer was erased since (the sale is kept under a pseudonym): nothing to check it
            // against, so it is taken as unmatched rather than refused as someone else's.
            return new Verdict.Unmatched();
        }
        if (original.type() != SaleType.SALE) {
            return new Verdict.Refused("originalSaleId", original.saleId() + " is a return, not a sale; refer to "
                    + "the sale the goods were bought in");
        }
        if (!original.customerKey().equals(ret.customerKey())) {
            return new Verdict.Refused("originalSaleId", original.saleId() + " is another customer's sale; a return "
                    + "refers to a sale of the same customer (same id, phone or card as on that receipt)");
        }
        BigDecimal before = refundedSoFar.getOrDefault(original.saleId(), original.refunded());
        BigDecimal after = before.add(ret.total());
        if (after.compareTo(original.total()) > 0) {
            return new Verdict.Refused("total", "refunds " + ret.total().toPlainString() + ", but sale "
                    + original.saleId() + " came to " + original.total().toPlainString() + " and "
                    + before.toPlainString() + " of it was refunded already: at most "
                    + original.leftAfter(before).toPlainString() + " is left to refund");
        }
        refundedSoFar.put(original.saleId(), after);
        return new Verdict.Against(original, before, after);
    }
}
