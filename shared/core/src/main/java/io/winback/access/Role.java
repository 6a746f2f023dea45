package io.winback.access;

import io.winback.domain.Customer;

/**
 * Who a token speaks for. The owner may do everything; the staff of a store see that store's call list, close its
 * tasks and read the cards of its customers (those who bought there), and nothing else: no exports, no editing of
 * chains, segments or campaigns, no erasure, no reports.
 */
public sealed interface Role {

    /** Everything. */
    record Owner() implements Role {
    }

    /** The staff of {@code storeId}. */
    record Staff(String storeId) implements Role {
        public Staff {
            if (storeId == null || storeId.isBlank()) {
                throw new IllegalArgumentException("a staff role names its store");
            }
        }
    }

    Owner OWNER = new Owner();

    default boolean isOwner() {
        return this instanceof Owner;
    }

    /** Whether this role may see the call tasks and outcomes of {@code storeId}. */
    default boolean servesStore(String storeId) {
        return switch (this) {
            case Owner owner -> true;
            case Staff staff -> staff.storeId().equals(storeId);
        };
    }

    /** Whether this role may read {@code customer}'s card: the owner any, staff those who bought at their store. */
    default boolean mayRead(Customer customer) {
        return switch (this) {
            case Owner owner -> true;
            case Staff staff -> customer.stats().storeVisits().containsKey(staff.storeId());
        };
    }

    /** How a refusal names the role (no token in it): "the staff of moscow-1". */
    default String describe() {
        return switch (this) {
            case Owner owner -> "the owner";
            case Staff staff -> "the staff of " + staff.storeId();
        };
    }
}
