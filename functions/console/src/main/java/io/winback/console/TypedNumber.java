package io.winback.console;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number as a form's field holds it, typed the shop's way: a decimal comma read as a point, spaces between the
 * thousands dropped ({@code 1 500,50}). The forms pass what they read to the API's readers, so a number goes into
 * the document as one (a whole one as a JSON integer, as a request would write it) and anything else as the text
 * typed, for the reader to refuse at its field with its own words.
 */
final class TypedNumber {
    private TypedNumber() {
    }

    /** The amount typed, when it reads as one. */
    static Optional<BigDecimal> of(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(plain(typed.strip())));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** {@code typed} into {@code node}'s {@code field}: a number where it reads as one, else the text as typed. */
    static void put(ObjectNode node, String field, String typed) {
        String plain = plain(typed);
        if (plain.matches("-?\\d{1,15}")) {
            node.put(field, Long.parseLong(plain));
            return;
        }
        try {
            node.put(field, new BigDecimal(plain));
        } catch (NumberFormatException notANumber) {
            node.put(field, typed);
        }
    }

    private static String plain(String typed) {
        return typed.replace(',', '.').replace(" ", "");
    }
}
