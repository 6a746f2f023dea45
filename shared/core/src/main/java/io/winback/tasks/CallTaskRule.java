package io.winback.tasks;

import java.util.Map;

/**
 * A step that asks staff to phone the customer within {@code deadlineDays}, with what to say: {@code script} by
 * language ({@code ru}, {@code en}), shown on the task in the customer's language (Russian when theirs is missing).
 */
public record CallTaskRule(int deadlineDays, Map<String, String> script) {
    public CallTaskRule {
        script = script == null ? Map.of() : Map.copyOf(script);
    }

    public CallTaskRule(int deadlineDays) {
        this(deadlineDays, Map.of());
    }

    /** The script in {@code language}, else in Russian; null when the step gives none. */
    public String scriptIn(String language) {
        String own = script.get(language);
        return own != null ? own : script.get("ru");
    }
}
