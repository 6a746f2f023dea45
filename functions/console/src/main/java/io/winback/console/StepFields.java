package io.winback.console;

import java.util.List;

/**
 * The fields of a step's form, each named by its path inside the step in the configuration document, so that a
 * mistake the document's reader finds at {@code chains[2].steps[0].bonus.amount} lands next to the field
 * {@code bonus.amount}. Channels are two checkboxes, since the document's list is ordered by preference.
 */
final class StepFields {
    static final String OFFSET = "offsetDays";
    static final String BONUS_AMOUNT = "bonus.amount";
    static final String BONUS_DAYS = "bonus.validDays";
    static final String SMS = "channel.sms";
    static final String EMAIL = "channel.email";
    static final String CHANNELS = "channels";
    static final String CALL_DAYS = "call.deadlineDays";
    static final String VERSION = "version";

    /** A text field per channel and language: the path of its text (and of an email's subject). */
    static String text(String channel, String language) {
        return "messages." + channel + "." + language + ".text";
    }

    static String subject(String language) {
        return "messages.email." + language + ".subject";
    }

    static String script(String language) {
        return "call.script." + language;
    }

    static final List<String> LANGUAGES = List.of("ru", "en");

    /** Every field a mistake may be shown at, most specific first. */
    static List<String> all() {
        List<String> all = new java.util.ArrayList<>(List.of(OFFSET, BONUS_AMOUNT, BONUS_DAYS, CHANNELS, CALL_DAYS));
        for (String language : LANGUAGES) {
            all.add(text("sms", language));
            all.add(subject(language));
            all.add(text("email", language));
            all.add(script(language));
        }
        return all;
    }

    private StepFields() {
    }
}
