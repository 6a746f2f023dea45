package io.winback.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A step's form applied to the configuration document: the step at {@code chains[c].steps[s]} rewritten from the
 * form's fields, everything else as stored, and {@code basedOn} the version the form was opened on. The result goes
 * through the same reader as {@code PUT /v1/chains}, so the form is held to every rule the API is. A number that
 * does not read as one is passed on as text, for the reader to refuse at its field.
 */
final class StepEdit {
    private StepEdit() {
    }

    static ObjectNode apply(ObjectNode document, int chain, int step, Map<String, String> form, int basedOn) {
        document.put("basedOn", basedOn);
        ObjectNode node = (ObjectNode) document.get("chains").get(chain).get("steps").get(step);
        number(node, "offsetDays", form.get(StepFields.OFFSET));
        bonus(node, form);
        channels(node, form);
        messages(node, form);
        call(node, form);
        return document;
    }

    private static void bonus(ObjectNode step, Map<String, String> form) {
        String amount = trimmed(form.get(StepFields.BONUS_AMOUNT));
        if (amount == null) {
            step.putNull("bonus");
            return;
        }
        ObjectNode bonus = step.putObject("bonus");
        number(bonus, "amount", amount);
        number(bonus, "validDays", form.get(StepFields.BONUS_DAYS));
    }

    /** The channels still ticked, in the order of preference stored, then those newly ticked: SMS before email. */
    private static void channels(ObjectNode step, Map<String, String> form) {
        List<String> ticked = new ArrayList<>();
        for (String channel : List.of("sms", "email")) {
            if (form.get("channel." + channel) != null) {
                ticked.add(channel);
            }
        }
        List<String> ordered = new ArrayList<>();
        JsonNode stored = step.get("channels");
        if (stored != null) {
            stored.forEach(channel -> {
                if (ticked.contains(channel.asText())) {
                    ordered.add(channel.asText());
                }
            });
        }
        ticked.stream().filter(channel -> !ordered.contains(channel)).forEach(ordered::add);
        ArrayNode channels = step.putArray("channels");
        ordered.forEach(channels::add);
    }

    /** A language whose text is left empty is taken out; a channel with no language left, too. */
    private static void messages(ObjectNode step, Map<String, String> form) {
        ObjectNode messages = step.putObject("messages");
        for (String channel : List.of("sms", "email")) {
            ObjectNode byLanguage = io.winback.json.Json.objectNode();
            for (String language : StepFields.LANGUAGES) {
                String text = trimmed(form.get(StepFields.text(channel, language)));
                String subject = channel.equals("email") ? trimmed(form.get(StepFields.subject(language))) : null;
                if (text == null && subject == null) {
                    continue;
                }
                ObjectNode message = byLanguage.putObject(language);
                if (channel.equals("email")) {
                    message.put("subject", subject);
                }
                message.put("text", text);
            }
            if (!byLanguage.isEmpty()) {
                messages.set(channel, byLanguage);
            }
        }
    }

    private static void call(ObjectNode step, Map<String, String> form) {
        String days = trimmed(form.get(StepFields.CALL_DAYS));
        if (days == null) {
            step.putNull("call");
            return;
        }
        ObjectNode call = step.putObject("call");
        number(call, "deadlineDays", days);
        ObjectNode script = io.winback.json.Json.objectNode();
        for (String language : StepFields.LANGUAGES) {
            String text = trimmed(form.get(StepFields.script(language)));
            if (text != null) {
                script.put(language, text);
            }
        }
        if (!script.isEmpty()) {
            call.set("script", script);
        }
    }

    /** A number as typed ({@link TypedNumber}); an empty field as null. */
    private static void number(ObjectNode node, String field, String typed) {
        String text = trimmed(typed);
        if (text == null) {
            node.putNull(field);
        } else {
            TypedNumber.put(node, field, text);
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
