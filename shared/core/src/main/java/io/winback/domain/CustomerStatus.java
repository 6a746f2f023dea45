package io.winback.domain;

import java.util.Locale;

/**
 * {@code control} is the retailer's «Контроль»: the card is incomplete and staff should complete it. It is not the
 * holdout (that is chosen by {@code io.winback.chain.Holdout}) and does not stop chains. {@code archive} customers
 * start no chain.
 */
public enum CustomerStatus {
    ACTIVE,
    CONTROL,
    ARCHIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CustomerStatus fromWireName(String value) {
        for (CustomerStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("status must be one of active, control, archive");
    }
}
