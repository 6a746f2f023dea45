package io.winback.api;

import io.winback.profile.FieldEdit;
import io.winback.profile.ProfileEdit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.CustomerStatus;
import io.winback.domain.Gender;
import io.winback.domain.OneLineText;
import io.winback.validation.FieldError;
import io.winback.validation.Validated;
import io.winback.json.Json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a PATCH body into a {@link CustomerPatch}, or into every mistake in it at once: a PATCH is applied whole or
 * not at all. Absent fields stay as they are; {@code null} clears name, gender and birthday.
 */
final class CustomerPatchParser {
    static final int MAX_NAME_LENGTH = 200;
    static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);
    private static final Set<String> FIELDS =
            new TreeSet<>(List.of("name", "gender", "birthday", "vip", "status", "consent", "properties"));
    private static final Set<String> CONSENT_CHANNELS = new TreeSet<>(List.of("sms", "email"));

    private CustomerPatchParser() {
    }

    /** {@code today} is the shop's calendar day, the latest possible birthday. */
    static Validated<CustomerPatch> parse(String body, LocalDate today) {
        if (body == null || body.isBlank()) {
            return Validated.invalid("body", "must be a JSON object with the fields to change");
        }
        JsonNode root;
        try {
            root = Json.readTree(body);
        } catch (JsonProcessingException e) {
            return Validated.invalid("body", "malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return Validated.invalid("body", "must be a JSON object with the fields to change");
        }
        List<FieldError> errors = new ArrayList<>();
        root.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                errors.add(FieldError.of(field, "is not a field you can change; known: " + String.join(", ", FIELDS)));
            }
        });
        Fields fields = new Fields(root, errors);
        ProfileEdit profile = new ProfileEdit(fields.name(), fields.gender(), fields.birthday(today),
                fields.flag(root, "vip", "vip"), fields.consent("sms"), fields.consent("email"));
        CustomerStatus status = fields.status();
        var properties = CustomPropertyReader.read(root.get("properties"), errors);
        return errors.isEmpty() ? new Validated.Valid<>(new CustomerPatch(profile, status, properties))
                : new Validated.Invalid<>(errors);
    }

    /** Typed readers of the top-level fields; each records its error and yields "keep" instead of throwing. */
    private record Fields(JsonNode root, List<FieldError> errors) {
        FieldEdit<String> name() {
            JsonNode value = root.get("name");
            if (value == null) {
                return FieldEdit.keep();
            }
            if (value.isNull()) {
                return FieldEdit.clear();
            }
            String name = value.isTextual() ? value.asText().strip() : null;
            if (name == null || name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
                return fail("name", "must be a string of 1 to " + MAX_NAME_LENGTH + " characters, or null to clear it");
            }
            if (!OneLineText.isOneLine(name)) {
                return fail("name", OneLineText.REFUSAL);
            }
            return FieldEdit.setTo(name);
        }

        FieldEdit<Gender> gender() {
            JsonNode value = root.get("gender");
            if (value == null) {
                return FieldEdit.keep();
            }
            if (value.isNull()) {
                return FieldEdit.clear();
            }
            if (value.isTextual() && (value.asText().equals("F") || value.asText().equals("M"))) {
                return FieldEdit.setTo(Gender.valueOf(value.asText()));
            }
            return fail("gender", "must be \"F\", \"M\" or null");
        }

        FieldEdit<LocalDate> birthday(LocalDate today) {
            JsonNode value = root.get("birthday");
            if (value == null) {
                return FieldEdit.keep();
            }
            if (value.isNull()) {
                return FieldEdit.clear();
            }
            String message = "must be a date yyyy-mm-dd from " + EARLIEST_BIRTHDAY + " to today, or null to clear it";
            if (!value.isTextual()) {
                return fail("birthday", message);
            }
            try {
                LocalDate birthday = LocalDate.parse(value.asText());
                return birthday.isBefore(EARLIEST_BIRTHDAY) || birthday.isAfter(today)
                        ? fail("birthday", message) : FieldEdit.setTo(birthday);
            } catch (DateTimeParseException e) {
                return fail("birthday", message);
            }
        }

        /** A true/false field; {@code path} is how errors name it. Consent and VIP are never "unknown" by edit. */
        FieldEdit<Boolean> flag(JsonNode parent, String field, String path) {
            JsonNode value = parent.get(field);
            if (value == null) {
                return FieldEdit.keep();
            }
            return value.isBoolean() ? FieldEdit.setTo(value.booleanValue()) : fail(path, "must be true or false");
        }

        FieldEdit<Boolean> consent(String channel) {
            JsonNode consent = root.get("consent");
            if (consent == null) {
                return FieldEdit.keep();
            }
            if (!consent.isObject()) {
                // Reported once, for the first channel read, not once per channel.
                return channel.equals("sms")
                        ? fail("consent", "must be an object such as {\"sms\":true,\"email\":false}") : FieldEdit.keep();
            }
            if (channel.equals("sms")) {
                consent.fieldNames().forEachRemaining(name -> {
                    if (!CONSENT_CHANNELS.contains(name)) {
                        errors.add(FieldError.of("consent." + name,
                                "is not a consent channel; known: " + String.join(", ", CONSENT_CHANNELS)));
                    }
                });
            }
            return flag(consent, channel, "consent." + channel);
        }

        CustomerStatus status() {
            JsonNode value = root.get("status");
            if (value == null) {
                return null;
            }
            if (value.isTextual()) {
                for (CustomerStatus status : CustomerStatus.values()) {
                    if (status.wireName().equals(value.asText())) {
                        return status;
                    }
                }
            }
            errors.add(FieldError.of("status", "must be \"active\", \"control\" or \"archive\""));
            return null;
        }

        private <T> FieldEdit<T> fail(String field, String message) {
            errors.add(FieldError.of(field, message));
            return FieldEdit.keep();
        }
    }
}
