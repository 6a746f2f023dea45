package io.winback.reports;

import io.winback.domain.Customer;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.sleep.CardTiming;
import io.winback.sleep.SleepRule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One customer's timing as of today, as their card shows it ({@link SleepRule#timing}: one definition for the card,
 * the console and this report): under the model the chance of no purchase in the next 90 days, of still being a
 * customer, the expected next purchase and the sleep day (never sooner than half the playbook's wait); under the
 * playbook only the playbook's sleep day.
 */
final class CustomerTimingRow {
    private CustomerTimingRow() {
    }

    /** @param rule what is in force ({@link SleepRule#inForce}), derived once for a page of rows */
    static Map<String, Object> of(Customer card, SleepRule rule, LocalDate today, PurchaseBandPolicy bands) {
        LocalDate last = card.stats().lastVisitDay();
        CardTiming timing = rule.timing(card.band(bands), card.stats(), today);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("customerKey", card.key());
        row.put("lastPurchase", last == null ? null : last.toString());
        row.put("purchases", card.stats().purchases());
        row.put("pNoPurchase90d", timing.pNoPurchase90d());
        row.put("pAlive", timing.pAlive());
        row.put("expectedNextPurchase", timing.expectedNextPurchase() == null ? null
                : timing.expectedNextPurchase().toString());
        row.put("sleepAt", timing.sleepAt() == null ? null : timing.sleepAt().toString());
        return row;
    }
}
