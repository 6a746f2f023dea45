package io.winback.api;

import io.winback.profile.ConsentRequest;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Channel;
import io.winback.validation.FieldError;
import io.winback.http.JsonObjectBody;
import io.winback.validation.Validated;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a consent body, {@code {"sms": true, "email": false, "source": "pos", "textVersion": "2026-01"}}, into a
 * {@link ConsentRequest} or into every mistake in it at once. Consent is a legal record, so nothing is guessed: a
 * channel is {@code true} or {@code false}, never a string or null, and an unknown field is refused rather than
 * ignored (a misspelt channel must not pass for "no change").
 */
final class ConsentRequestParser {
    /** A source names a place, e.g. api, pos, form, unsubscribe_link: lower case, digits and underscores. */
    static final Pattern SOURCE = Pattern.compile("^[a-z][a-z0-9_]{0,31}$");
    static final int MAX_TEXT_VERSION_LENGTH = 64;
    private static final Pattern TEXT_VERSION = Pattern.compile("^[\\p{Graph} ]{1," + MAX_TEXT_VERSION_LENGTH + "}$");
    private static final String EXAMPLE = "{\"sms\":true,\"email\":false,\"source\":\"pos\"}";
    private static final Set<String> FIELDS = new TreeSet<>(List.of("sms", "email", "source", "textVersion"));

    private ConsentRequestParser() {
    }

    static Validated<ConsentRequest> parse(String body) {
        JsonNode root;
        List<FieldError> errors;
        switch (JsonObjectBody.read(body, EXAMPLE, FIELDS, "a consent field")) {
            case Validated.Invalid<JsonObjectBody.Read> invalid -> {
                return new Validated.Invalid<>(invalid.errors());
            }
            case Validated.Valid<JsonObjectBody.Read> valid -> {
                root = valid.value().root();
                errors = new ArrayList<>(valid.value().unknownFields());
            }
        }
        Map<Channel, Boolean> granted = new EnumMap<>(Channel.class);
        boolean channelNamed = false;
        for (Channel channel : Channel.values()) {
            JsonNode value = root.get(channel.wireName());
            if (value == null) {
                continue;
            }
            channelNamed = true;
            if (value.isBoolean()) {
                granted.put(channel, value.booleanValue());
            } else {
                errors.add(FieldError.of(channel.wireName(), "must be true (consent given) or false (withdrawn)"));
            }
        }
        if (!channelNamed) {
            errors.add(FieldError.of("body", "name at least one channel: \"sms\" or \"email\""));
        }
        String source = text(root, "source", SOURCE, errors,
                "must be a source name such as \"pos\" or \"form\" (a-z, 0-9, _); leave it out for \"api\"");
        String textVersion = text(root, "textVersion", TEXT_VERSION, errors,
                "must be the version of the consent text, 1 to " + MAX_TEXT_VERSION_LENGTH + " printable characters");
        return errors.isEmpty()
                ? new Validated.Valid<>(new ConsentRequest(granted, source == null ? ConsentRequest.DEFAULT_SOURCE : source,
                textVersion))
                : new Validated.Invalid<>(errors);
    }

    /** An optional string field matching {@code pattern}; null when absent or refused (the refusal recorded). */
    private static String text(JsonNode root, String field, Pattern pattern, List<FieldError> errors, String message) {
        JsonNode value = root.get(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual() && pattern.matcher(value.asText()).matches()) {
            return value.asText();
        }
        errors.add(FieldError.of(field, message));
        return null;
    }
}
