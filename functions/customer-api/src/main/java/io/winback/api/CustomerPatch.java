package io.winback.api;

import io.winback.profile.FieldEdit;
import io.winback.profile.ProfileEdit;

import io.winback.domain.CustomProperty;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStatus;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A validated PATCH of a customer, applicable to whatever version of the customer is stored when the write happens:
 * re-applied after a concurrent stats update, it changes only what the marketer asked for.
 *
 * @param status     the new status, or null to keep it
 * @param properties per property name: set to a typed value, or cleared
 */
record CustomerPatch(ProfileEdit profile, CustomerStatus status, Map<String, FieldEdit<CustomProperty>> properties) {
    /** The tie-breaker of the edit's asOf token: an edit and a sale at the same millisecond still order. */
    static final String ASOF_SOURCE = io.winback.profile.ConsentStatements.ASOF_SOURCE;

    CustomerPatch {
        properties = Map.copyOf(properties);
    }

    Customer applyTo(Customer customer, Instant editedAt) {
        String token = CustomerProfile.asOfToken(editedAt.toEpochMilli(), ASOF_SOURCE);
        Map<String, CustomProperty> newProperties = new HashMap<>(customer.properties());
        properties.forEach((name, edit) -> {
            switch (edit) {
                case FieldEdit.SetTo<CustomProperty> set -> newProperties.put(name, set.value());
                case FieldEdit.Clear<CustomProperty> clear -> newProperties.remove(name);
                case FieldEdit.Keep<CustomProperty> keep -> {
                }
            }
        });
        Customer patched = customer.withProfile(profile.applyTo(customer.profile(), token, editedAt)).withProperties(newProperties);
        return status == null ? patched : patched.withStatus(status);
    }
}
