package io.winback.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.Consent;
import io.winback.domain.CustomProperty;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStatus;
import io.winback.domain.Gender;
import io.winback.domain.SaleCustomer;
import io.winback.http.FieldError;
import io.winback.json.Json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A marketer's edit of a customer, validated whole before anything is applied. Profile fields set here count as
 * of the moment of the edit, so a later sale still brings newer details, and an old receipt sent late does not
 * undo the edit.
 */
final class CustomerPatch {
    private static final Set<String> FIELDS = Set.of("name", "gender", "birthday", "vip", "status", "consent", "properties");
    private static final Pattern PROPERTY_NAME = Pattern.compile("^[A-Za-z0-9_.-]{1,64}$");

    private final SaleCustomer profileChanges;
    private final CustomerStatus status;
    private final Map<String, Optional<CustomProperty>> propertyChanges;
    private final boolean clearGender;

    private CustomerPatch(SaleCustomer profileChanges, boolean clearGender, CustomerStatus status,
                          Map<String, Optional<CustomProperty>> propertyChanges) {
        this.profileChanges = profileChanges;
        this.clearGender = clearGender;
        this.status = status;
        this.propertyChanges = propertyChanges;
    }

    sealed interface Parsed {
        record Valid(CustomerPatch patch) implements Parsed {
        }

        record Invalid(List<FieldError> errors) implements Parsed {
        }
    }

    static Parsed parse(String body, Instant now) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : Json.readTree(body);
        } catch (JsonProcessingException e) {
            return invalid("body", "malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return invalid("body", "must be a JSON object with the fields to change");
        }
        List<FieldError> errors = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                errors.add(FieldError.of(name, "is not a field you can change; known: " + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        });
        Reader r = new Reader(root, errors);
        String name = r.text("name", 200);
        boolean clearGender = root.has("gender") && root.get("gender").isNull();
        Gender gender = null;
        String genderText = r.text("gender", 1);
        if (genderText != null) {
            if (genderText.equals("F") || genderText.equals("M")) {
                gender = Gender.valueOf(genderText);
            } else {
                errors.add(FieldError.of("gender", "must be F, M or null"));
            }
        }
        LocalDate birthday = r.date("birthday", "birthday");
        if (birthday != null && (birthday.getYear() < 1900 || birthday.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC)))) {
            errors.add(FieldError.of("birthday", "must be a past date after 1900"));
        }
        Boolean vip = r.flag(root, "vip", "vip");
        CustomerStatus status = null;
        String statusText = r.text("status", 16);
        if (statusText != null) {
            try {
                status = CustomerStatus.fromWireName(statusText);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("status", e.getMessage()));
            }
        }
        Consent consent = null;
        JsonNode consentNode = root.get("consent");
        if (consentNode != null && !consentNode.isNull()) {
            if (consentNode.isObject()) {
                consent = new Consent(r.flag(consentNode, "consent.sms", "sms"), r.flag(consentNode, "consent.email", "email"));
            } else {
                errors.add(FieldError.of("consent", "must be an object like {\"sms\":true,\"email\":false}"));
            }
        }
        Map<String, Optional<CustomProperty>> properties = r.properties();
        if (!errors.isEmpty()) {
            return new Parsed.Invalid(errors);
        }
        return new Parsed.Valid(new CustomerPatch(
                new SaleCustomer(null, null, null, null, name, gender, birthday, vip, consent), clearGender, status,
                properties));
    }

    Customer applyTo(Customer customer, Instant now) {
        String token = CustomerProfile.asOfToken(now.toEpochMilli(), "api");
        CustomerProfile profile = customer.profile().mergedWith(profileChanges, token);
        if (clearGender) {
            profile = new CustomerProfile(profile.phone(), profile.email(), profile.cardNumber(), profile.name(), null,
                    profile.birthday(), profile.vip(), profile.consentSms(), profile.consentEmail(), profile.asOf());
        }
        Map<String, CustomProperty> properties = new HashMap<>(customer.properties());
        propertyChanges.forEach((name, value) -> value.ifPresentOrElse(v -> properties.put(name, v), () -> properties.remove(name)));
        Customer patched = customer.withProfile(profile).withProperties(properties);
        return status == null ? patched : patched.withStatus(status);
    }

    private static Parsed invalid(String field, String message) {
        return new Parsed.Invalid(List.of(FieldError.of(field, message)));
    }

    /** Typed field readers that record an error instead of throwing. */
    private record Reader(JsonNode root, List<FieldError> errors) {
        String text(String field, int maxLength) {
            JsonNode value = root.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                errors.add(FieldError.of(field, "must be a string"));
                return null;
            }
            String text = value.asText().strip();
            if (text.isEmpty() || text.length() > maxLength) {
                errors.add(FieldError.of(field, "must be 1 to " + maxLength + " characters"));
                return null;
            }
            return text;
        }

        Boolean flag(JsonNode from, String path, String field) {
            JsonNode value = from.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isBoolean()) {
                errors.add(FieldError.of(path, "must be true or false"));
                return null;
            }
            return value.booleanValue();
        }

        LocalDate date(String path, String field) {
            return dateOf(root.get(field), path);
        }

        LocalDate dateOf(JsonNode value, String path) {
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                errors.add(FieldError.of(path, "must be a date yyyy-mm-dd"));
                return null;
            }
            try {
                return LocalDate.parse(value.asText());
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of(path, "must be a date yyyy-mm-dd"));
                return null;
            }
        }

        Map<String, Optional<CustomProperty>> properties() {
            Map<String, Optional<CustomProperty>> changes = new HashMap<>();
            JsonNode node = root.get("properties");
            if (node == null || node.isNull()) {
                return changes;
            }
            if (!node.isObject()) {
                errors.add(FieldError.of("properties", "must be an object of {\"name\":{\"type\":...,\"value\":...}}"));
                return changes;
            }
            node.properties().forEach(entry -> {
                String name = entry.getKey();
                String path = "properties." + name;
                if (!PROPERTY_NAME.matcher(name).matches()) {
                    errors.add(FieldError.of(path, "name must be 1 to 64 of A-Z a-z 0-9 _ . -"));
                    return;
                }
                JsonNode property = entry.getValue();
                if (property.isNull()) {
                    changes.put(name, Optional.empty());
                    return;
                }
                if (!property.isObject() || !property.path("type").isTextual()) {
                    errors.add(FieldError.of(path, "must be {\"type\":\"string|number|date|boolean\",\"value\":...}"));
                    return;
                }
                JsonNode value = property.get("value");
                if (value == null || value.isNull()) {
                    changes.put(name, Optional.empty());
                    return;
                }
                String type = property.get("type").asText();
                CustomProperty typed = switch (type) {
                    case "string" -> value.isTextual() && value.asText().length() <= 1000
                            ? new CustomProperty.Text(value.asText()) : null;
                    case "number" -> value.isNumber() ? new CustomProperty.Number(value.decimalValue()) : null;
                    case "date" -> value.isTextual() ? dateProperty(value, path + ".value") : null;
                    case "boolean" -> value.isBoolean() ? new CustomProperty.Flag(value.booleanValue()) : null;
                    default -> {
                        errors.add(FieldError.of(path + ".type", "must be string, number, date or boolean"));
                        yield null;
                    }
                };
                boolean knownType = Set.of("string", "number", "date", "boolean").contains(type);
                if (typed == null && knownType && errors.stream().noneMatch(e -> e.field().equals(path + ".value"))) {
                    errors.add(FieldError.of(path + ".value", "must be a " + type
                            + (type.equals("date") ? " yyyy-mm-dd" : type.equals("string") ? " of at most 1000 characters" : "")));
                }
                if (typed != null) {
                    changes.put(name, Optional.of(typed));
                }
            });
            return changes;
        }

        private CustomProperty dateProperty(JsonNode value, String path) {
            LocalDate date = dateOf(value, path);
            return date == null ? null : new CustomProperty.Date(date);
        }
    }
}
