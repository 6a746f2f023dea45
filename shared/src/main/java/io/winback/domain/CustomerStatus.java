package io.winback.domain;

import java.util.Locale;

/** {@code control} customers are the holdout group: they get nothing, so uplift can be measured honestly. */
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
