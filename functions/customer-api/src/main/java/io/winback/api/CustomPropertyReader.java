package io.winback.api;

import io.winback.profile.FieldEdit;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.CustomProperty;
import io.winback.domain.StorableNumber;
import io.winback.validation.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code properties} of a PATCH: {@code {"name": {"type": "string|number|date|boolean", "value": ...}}}.
 * The value must be of the declared type, so reports can filter and sort on it; a {@code null} property or value
 * removes the property.
 */
final class CustomPropertyReader {
    static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_.-]{1,64}$");
    static final int MAX_TEXT_LENGTH = 1000;
    private static final Set<String> KEYS = Set.of("type", "value");

    private CustomPropertyReader() {
    }

    static Map<String, FieldEdit<CustomProperty>> read(JsonNode properties, List<FieldError> errors) {
        Map<String, FieldEdit<CustomProperty>> edits = new LinkedHashMap<>();
        if (properties == null) {
            return edits;
        }
        if (!properties.isObject()) {
            errors.add(FieldError.of("properties", "must be an object such as {\"loyaltyLevel\":{\"type\":\"number\",\"value\":3}}"));
            return edits;
        }
        properties.properties().forEach(entry -> {
            FieldEdit<CustomProperty> edit = one(entry.getKey(), entry.getValue(), errors);
            if (edit != null) {
                edits.put(entry.getKey(), edit);
            }
        });
        return edits;
    }

    /** The edit of one property, or null after recording why there is none. */
    private static FieldEdit<CustomProperty> one(String name, JsonNode property, List<FieldError> errors) {
        String path = "properties." + name;
        if (!NAME.matcher(name).matches()) {
            errors.add(FieldError.of(path, "property names are 1 to 64 of the characters A-Z a-z 0-9 _ . -"));
            return null;
        }
        if (property.isNull()) {
            return FieldEdit.clear();
        }
        if (!property.isObject()) {
            errors.add(FieldError.of(path, "must be {\"type\":\"string|number|date|boolean\",\"value\":...} or null"));
            return null;
        }
        int errorsBefore = errors.size();
        property.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                errors.add(FieldError.of(path + "." + key, "a property has only \"type\" and \"value\""));
            }
        });
        JsonNode type = property.get("type");
        PropertyType declared = type != null && type.isTextual() ? PropertyType.named(type.asText()) : null;
        if (declared == null) {
            errors.add(FieldError.of(path + ".type", "must be \"string\", \"number\", \"date\" or \"boolean\""));
        }
        JsonNode value = property.get("value");
        if (value == null) {
            errors.add(FieldError.of(path + ".value", "is required; null removes the property"));
            return null;
        }
        if (declared == null || errors.size() > errorsBefore) {
            return null;
        }
        if (value.isNull()) {
            return FieldEdit.clear();
        }
        CustomProperty typed = declared.read(value);
        if (typed == null) {
            errors.add(FieldError.of(path + ".value", "must be " + declared.expected + ", as the declared type \""
                    + declared.wireName + "\" says"));
            return null;
        }
        return FieldEdit.setTo(typed);
    }

    private enum PropertyType {
        STRING("string", "a string of at most " + MAX_TEXT_LENGTH + " characters"),
        NUMBER("number", "a JSON number of at most " + StorableNumber.MAX_DIGITS
                + " significant digits, magnitude from 1E-130 to below 1E+126"),
        DATE("date", "a date yyyy-mm-dd"),
        BOOLEAN("boolean", "true or false");

        private final String wireName;
        private final String expected;

        PropertyType(String wireName, String expected) {
            this.wireName = wireName;
            this.expected = expected;
        }

        static PropertyType named(String wireName) {
            for (PropertyType type : values()) {
                if (type.wireName.equals(wireName)) {
                    return type;
                }
            }
            return null;
        }

        /** The value as this type, or null when it is not one. */
        CustomProperty read(JsonNode value) {
            return switch (this) {
                case STRING -> value.isTextual() && value.asText().codePointCount(0, value.asText().length()) <= MAX_TEXT_LENGTH
                        ? new CustomProperty.Text(value.asText()) : null;
                case NUMBER -> value.isNumber() ? number(value.decimalValue()) : null;
                case DATE -> value.isTextual() ? date(value.asText()) : null;
                case BOOLEAN -> value.isBoolean() ? new CustomProperty.Flag(value.booleanValue()) : null;
            };
        }

        /**
         * Trailing zeros go: DynamoDB keeps 3.10 as 3.1, and the PATCH answer must equal what a later GET reads.
         * Numbers DynamoDB cannot hold are refused here rather than failing the write.
         */
        private static CustomProperty number(BigDecimal number) {
            BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.signum() == 0) {
                return new CustomProperty.Number(BigDecimal.ZERO);
            }
            if (!StorableNumber.fits(stripped)) {
                return null;
            }
            return new CustomProperty.Number(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
        }

        private static CustomProperty date(String text) {
            try {
                return new CustomProperty.Date(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
