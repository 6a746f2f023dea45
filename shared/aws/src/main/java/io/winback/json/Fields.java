package io.winback.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.money.Money;
import io.winback.validation.FieldError;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Typed reads of one JSON tree (a configuration, a segment definition) that record a {@link FieldError} and answer null instead of throwing, so the reader
 * goes on and finds every other mistake too. JSON {@code null} and an absent field read the same.
 */
public final class Fields {
    private final List<FieldError> errors;

    public Fields(List<FieldError> errors) {
        this.errors = errors;
    }

    public void error(String path, String message) {
        errors.add(FieldError.of(path, message));
    }

    /** How many errors are recorded so far: a part read without adding any has none. */
    public int count() {
        return errors.size();
    }

    /** Field names in the order a message lists them. */
    public static Set<String> ordered(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    public static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }

    /** Every field of {@code object} outside {@code known} is an error: a typo must not be silently ignored. */
    public void rejectUnknown(JsonNode object, String path, Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                error(JsonPaths.field(path, name), "is not a field here; known: " + String.join(", ", known));
            }
        });
    }

    /** The object at {@code path}, or null (and an error) when it is absent or something else. */
    public JsonNode requiredObject(JsonNode node, String path, String what) {
        if (absent(node)) {
            error(path, "is required: " + what);
            return null;
        }
        if (!node.isObject()) {
            error(path, "must be an object: " + what);
            return null;
        }
        return node;
    }

    /** A non-blank string of at most {@code maxLength} characters, or null (and an error). */
    public String requiredText(JsonNode parent, String field, String path, int maxLength) {
        JsonNode node = parent.get(field);
        String message = "must be a text of 1 to " + maxLength + " characters";
        if (absent(node)) {
            error(path, "is required; " + message);
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()
                || node.asText().codePointCount(0, node.asText().length()) > maxLength) {
            error(path, message);
            return null;
        }
        return node.asText();
    }

    /** A whole number from {@code min} to {@code max}; {@code meaning} completes the message ("days", ...). */
    public Integer wholeNumber(JsonNode node, String path, int min, int max, String meaning) {
        String message = "must be a whole number of " + meaning + " from " + min + " to " + max;
        if (absent(node)) {
            error(path, "is required; " + message);
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            error(path, message);
            return null;
        }
        return node.intValue();
    }

    /**
     * An amount of money: a JSON number above 0 with at most 2 decimals ({@link Money#positive}). Answered as the
     * request wrote it (100 stays 100), since the configuration is shown back as the shop wrote it.
     */
    public BigDecimal money(JsonNode node, String path) {
        if (absent(node)) {
            error(path, "is required; " + Money.NOT_POSITIVE);
            return null;
        }
        if (!node.isNumber()) {
            error(path, Money.NOT_POSITIVE);
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (Money.positive(value) instanceof Money.Read.Refused refused) {
            error(path, refused.reason());
            return null;
        }
        return value;
    }

    /**
     * An amount of money a figure is compared with: a JSON number of 0 or more with at most 2 decimals, answered as
     * written.
     */
    public BigDecimal amount(JsonNode node, String path) {
        String message = "must be an amount of 0 or more with at most 2 decimals, such as 5000 or 99.50";
        if (absent(node)) {
            error(path, "is required; " + message);
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() < 0
                || node.decimalValue().stripTrailingZeros().scale() > Money.DECIMALS) {
            error(path, message);
            return null;
        }
        return node.decimalValue();
    }

    /** A share such as a margin: a JSON number above 0 and at most 1 (0.40 is 40 %). */
    public BigDecimal fraction(JsonNode node, String path) {
        String message = "must be a number above 0 and at most 1, such as 0.40 for 40 %";
        if (absent(node)) {
            error(path, "is required; " + message);
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() <= 0 || node.decimalValue().compareTo(BigDecimal.ONE) > 0) {
            error(path, message);
            return null;
        }
        return node.decimalValue();
    }
}
