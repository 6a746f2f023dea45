package io.winback.xlsx;

/**
 * Text made safe for a workbook's XML. Markup characters become entities. XML 1.0 cannot carry most control
 * characters at all (a till's name with a stray U+0001 would make the whole file unreadable), so they are written as
 * Excel writes them, {@code _xHHHH_} (ECMA-376 ST_Xstring), which Excel turns back into the character; a literal
 * {@code _x0041_} in the text has its underscore escaped the same way so it is not mistaken for one. A carriage
 * return goes the same way, since an XML reader would turn a raw one into a line feed. An unpaired surrogate, which
 * no encoding can carry, becomes U+FFFD.
 */
final class XmlText {
    private XmlText() {
    }

    /** For element content and for attribute values in double quotes. */
    static void append(StringBuilder out, String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t', '\n' -> out.append(c);
                case '_' -> out.append(looksEscaped(text, i) ? "_x005F_" : "_");
                default -> {
                    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                        out.append(String.format("_x%04X_", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < length
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        append(out, text);
        return out.toString();
    }

    /** Whether {@code _xHHHH_} starts at {@code at}: what a reader would take for an escaped character. */
    private static boolean looksEscaped(String text, int at) {
        if (at + 7 > text.length() || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int k = at + 2; k < at + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
