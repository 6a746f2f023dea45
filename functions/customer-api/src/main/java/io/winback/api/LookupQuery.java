package io.winback.api;

import io.winback.domain.ContactDetail;
import io.winback.domain.PhoneNumbers;
import io.winback.validation.FieldError;

import io.winback.validation.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query of {@code GET /v1/customers/lookup}: exactly one of {@code phone} (as a cashier types it, normalised to
 * E.164 the way the sales webhook does, so both find the same number) or {@code card}.
 */
final class LookupQuery {
    static final String PHONE = "phone";
    static final String CARD = "card";
    static final int MAX_CARD_LENGTH = 64;

    private LookupQuery() {
    }

    static Validated<ContactDetail> of(Map<String, String> query, PhoneNumbers phones) {
        String phone = query.get(PHONE);
        String card = query.get(CARD);
        if (phone == null && card == null) {
            return Validated.invalid(PHONE, "send the customer's phone (?phone=+79161234567) or card (?card=...)");
        }
        if (phone != null && card != null) {
            return Validated.invalid(CARD, "send either phone or card, not both");
        }
        List<FieldError> errors = new ArrayList<>();
        ContactDetail detail = null;
        if (phone != null) {
            Optional<String> e164 = phones.toE164(phone);
            if (e164.isEmpty()) {
                errors.add(FieldError.of(PHONE, "is not a phone number; e.g. +79161234567 or 8 (916) 123-45-67"));
            } else {
                detail = new ContactDetail.Phone(e164.get());
            }
        } else {
            String number = card.strip();
            if (number.isEmpty() || number.length() > MAX_CARD_LENGTH) {
                errors.add(FieldError.of(CARD, "must be a card number of 1 to " + MAX_CARD_LENGTH + " characters"));
            } else {
                detail = new ContactDetail.Card(number);
            }
        }
        return errors.isEmpty() ? new Validated.Valid<>(detail) : new Validated.Invalid<>(errors);
    }
}
