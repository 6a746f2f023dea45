package io.winback.domain;

/**
 * The one rule for text that must stay on one line wherever it goes (a name, an id, an email subject): no control
 * character (C0, DEL, C1: CR, LF, TAB, NEL among them) and no Unicode line or paragraph separator (U+2028, U+2029).
 * A name with a line break splits the SMS it is put in, a CSV row, a call list, a mail header.
 */
public final class OneLineText {
    public static final String REFUSAL = "must not contain control characters or line breaks (CR, LF, TAB, U+2028, "
            + "U+2029)";

    private OneLineText() {
    }

    public static boolean isOneLine(String text) {
        return text.chars().noneMatch(c -> Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029');
    }
}
