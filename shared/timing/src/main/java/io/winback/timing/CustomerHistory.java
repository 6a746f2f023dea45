package io.winback.timing;

import io.winback.sleep.PurchaseHistory;

import java.util.Objects;

/** One customer's history with the id that picks them in or out of a sample (stable across refits). */
public record CustomerHistory(String id, PurchaseHistory history) {
    public CustomerHistory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(history, "history");
    }
}
