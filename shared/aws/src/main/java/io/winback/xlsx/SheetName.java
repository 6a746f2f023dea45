package io.winback.xlsx;

/**
 * A worksheet's name as Excel accepts it: 1 to 31 characters, none of {@code [ ] : * ? / \}, not starting or ending
 * with an apostrophe. Excel refuses to open a workbook whose sheet breaks these, so a name made from data (a segment's
 * id) is {@link #fitted} rather than trusted.
 */
public record SheetName(String value) {
    public static final int MAX_LENGTH = 31;
    private static final String FORBIDDEN = "[]:*?/\\";

    public SheetName {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("'" + value + "' is no sheet name: " + problem);
        }
    }

    /**
     * {@code wanted} made a valid name: each forbidden character (and each control character) becomes {@code _},
     * apostrophes at either end go, and it is cut to 31 characters without splitting a character in two; nothing
     * left is "Sheet1".
     */
    public static SheetName fitted(String wanted) {
        StringBuilder name = new StringBuilder();
        (wanted == null ? "" : wanted).codePoints().forEach(c -> {
            if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)) {
                name.append('_');
            } else {
                name.appendCodePoint(c);
            }
        });
        String text = name.toString().strip();
        while (text.startsWith("'")) {
            text = text.substring(1);
        }
        if (text.length() > MAX_LENGTH) {
            int cut = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, cut);
        }
        while (text.endsWith("'")) {
            text = text.substring(0, text.length() - 1);
        }
        text = text.strip();
        return new SheetName(text.isEmpty() ? "Sheet1" : text);
    }

    private static String problem(String value) {
        if (value == null || value.isBlank()) {
            return "a sheet needs a name";
        }
        if (value.length() > MAX_LENGTH) {
            return "at most " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)) {
                return "none of " + FORBIDDEN + " nor control characters";
            }
        }
        if (value.startsWith("'") || value.endsWith("'")) {
            return "no apostrophe first or last";
        }
        return null;
    }
}
