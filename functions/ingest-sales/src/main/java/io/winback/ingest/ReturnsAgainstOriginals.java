package io.winback.ingest;

import io.winback.domain.RefundableSale;
import io.winback.domain.ReturnCheck;
import io.winback.domain.ReturnCheck.Verdict;
import io.winback.domain.Sale;
import io.winback.domain.SaleType;
import io.winback.domain.SalesStore;
import io.winback.money.Money;
import io.winback.validation.FieldError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Returns checked against their original sales ({@link ReturnCheck}) before anything of a request is stored, and
 * each return of a known sale stored together with that sale's refunded total, conditionally: when another return of
 * the same sale got there first, this one is judged again on a fresh read, and refused if nothing is left for it.
 */
final class ReturnsAgainstOriginals {
    /** Fresh reads and writes for one return that keeps losing to others of the same sale: then it is refused. */
    static final int ATTEMPTS = 5;
    private final SalesStore store;

    ReturnsAgainstOriginals(SalesStore store) {
        this.store = store;
    }

    /** One verdict per sale of the request; reads what is stored only when the request holds a return. */
    List<Verdict> check(List<Sale> sales) {
        Set<String> ids = new LinkedHashSet<>();
        for (Sale sale : sales) {
            if (sale.type() == SaleType.RETURN) {
                ids.add(sale.saleId());
                if (sale.originalSaleId() != null) {
                    ids.add(sale.originalSaleId());
                }
            }
        }
        if (ids.isEmpty()) {
            return ReturnCheck.judge(sales, Map.of());
        }
        Map<String, RefundableSale> known = new HashMap<>(store.refundables(ids));
        // A sale and its return in one request: the sale is stored before the returns, so the return counts on it.
        for (Sale sale : sales) {
            if (sale.type() == SaleType.SALE && ids.contains(sale.saleId())) {
                known.putIfAbsent(sale.saleId(), new RefundableSale(sale.saleId(), sale.customerKey(), SaleType.SALE,
                        sale.total(), Money.ZERO.amount()));
            }
        }
        return ReturnCheck.judge(sales, known);
    }

    /** The refusals among {@code verdicts}, each with the index of its sale. */
    static List<FieldError> refusals(List<Verdict> verdicts) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i) instanceof Verdict.Refused refused) {
                errors.add(new FieldError(i, refused.field(), refused.message()));
            }
        }
        return errors;
    }

    /** How writing one return ended: stored (accepted, duplicate, conflict), or refused after all. */
    record Written(SalesStore.Outcome outcome, Verdict.Refused refused) {
    }

    /**
     * Stores {@code ret} against its original; on losing to another return of the same sale, reads both again and
     * judges it anew: a retry of a return that meanwhile got stored is a duplicate, one that no longer fits is
     * refused.
     */
    Written write(Sale ret, Verdict.Against against, Instant receivedAt) {
        Verdict verdict = against;
        for (int attempt = 1; ; attempt++) {
            switch (verdict) {
                case Verdict.Against current -> {
                    if (store.recordReturn(ret, receivedAt, current) instanceof SalesStore.ReturnWrite.Stored stored) {
                        return new Written(stored.outcome(), null);
                    }
                }
                case Verdict.Refused refused -> {
                    return new Written(null, refused);
                }
                // Stored meanwhile (a retry racing its first send), or its original gone: written as any receipt.
                default -> {
                    return new Written(store.record(ret, receivedAt), null);
                }
            }
            if (attempt >= ATTEMPTS) {
                return new Written(null, new Verdict.Refused("originalSaleId", "other returns of sale "
                        + ret.originalSaleId() + " kept being stored at the same moment; send this one again"));
            }
            Map<String, RefundableSale> fresh = store.refundables(List.of(ret.saleId(), ret.originalSaleId()));
            verdict = ReturnCheck.judge(List.of(ret), fresh).getFirst();
        }
    }
}
