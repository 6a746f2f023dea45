package io.winback.domain;

/** What a receipt does to a customer's history: a purchase, or money given back for one. */
public enum SaleType {
    SALE,
    RETURN
}
