package io.winback.reports;

import io.winback.domain.Customer;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.domain.SleepPolicy;
import io.winback.sleep.BgNbd;
import io.winback.sleep.CustomerVisitDays;
import io.winback.sleep.PurchaseHistory;
import io.winback.sleep.TimingInForce;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One customer's timing as of today, computed on read from the card and what is in force (the core's closed forms; no
 * fit): under the model, the chance of no purchase in the next 90 days, of still being a customer, the day by which a
 * customer who still is would as likely as not have bought ({@code expectedNextPurchase}: today + (α+T)·(2^(1/(r+x))
 * − 1), the median of the next purchase's wait given alive; null beyond ten years, as for a one-time buyer whose
 * rate the shop's r leaves very uncertain), and the sleep day (the first day after the last purchase
 * on which, still silent, the chance of no purchase in the window reaches the threshold; null beyond ten years).
 * Under the playbook only the playbook's sleep day.
 */
final class CustomerTimingRow {
    static final int MAX_SLEEP_DAYS = 3650;

    private CustomerTimingRow() {
    }

    static Map<String, Object> of(Customer card, TimingInForce inForce, LocalDate today, PurchaseBandPolicy bands,
                                  SleepPolicy sleep) {
        LocalDate last = card.stats().lastVisitDay();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("customerKey", card.key());
        row.put("lastPurchase", last == null ? null : last.toString());
        row.put("purchases", card.stats().purchases());
        row.put("pNoPurchase90d", null);
        row.put("pAlive", null);
        row.put("expectedNextPurchase", null);
        PurchaseHistory h = last == null ? null : CustomerVisitDays.of(card.key(), card.stats().visitDays(), false)
                .historyAsOf(Math.toIntExact(Math.max(today.toEpochDay(), last.toEpochDay())));
        if (inForce instanceof TimingInForce.Model m && h != null) {
            BgNbd model = new BgNbd(m.r(), m.alpha(), m.a(), m.b());
            row.put("pNoPurchase90d", model.pNoPurchase(h, m.windowDays()));
            row.put("pAlive", model.pAlive(h));
            double wait = (m.alpha() + h.age()) * (Math.pow(2, 1 / (m.r() + h.repeatPurchases())) - 1);
            row.put("expectedNextPurchase", wait > MAX_SLEEP_DAYS ? null
                    : today.plusDays((long) Math.ceil(wait)).toString());
            OptionalInt day = model.sleepDay(h, m.threshold(), m.windowDays(), MAX_SLEEP_DAYS);
            row.put("sleepAt", day.isPresent() ? last.plusDays(day.getAsInt()).toString() : null);
        } else {
            LocalDate sleepAt = card.sleepAt(bands, sleep);
            row.put("sleepAt", sleepAt == null ? null : sleepAt.toString());
        }
        return row;
    }
}
